package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.PluginHistory;
import org.skilleval.core.lifecycle.PluginInfo;
import org.skilleval.core.lifecycle.PluginUploadService;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;

/** City extensions and plugin information on the real JAX-RS application in memory. */
class CityExtensionResourceTest {

    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final String STUDIO = "suzhou-master-studio";
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final TokenService tokens = mock(TokenService.class);
    private final CityExtensionService extensions = mock(CityExtensionService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));
        when(tokens.claims("suzhou")).thenReturn(TestTokens.claims(SUZHOU));
        when(tokens.claims("nanjing"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))));
        when(tokens.claims("hr"))
                .thenReturn(TestTokens.claims(
                        Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:91320500MA1PX00038"))));
    }

    @Test
    void theCitysAgencyEnablesAnExtension() throws Exception {
        when(extensions.setEnabled(SUZHOU, "3205", STUDIO, true, 0L)).thenReturn(extension(true, 1));

        ContainerResponse response =
                send("PUT", "/api/cities/3205/extensions/" + STUDIO, "{\"enabled\":true,\"version\":0}", "suzhou");

        assertEquals(200, response.getStatus());
        CityExtensionResource.Extension body = (CityExtensionResource.Extension) response.getEntity();
        assertTrue(body.enabled());
        assertEquals("ASSESSMENT_METHOD", body.kind());
        assertEquals("suzhou", body.changedBy());
        assertEquals("技能大师工作室建设成效评价", body.name().zh());
    }

    @Test
    void theProvinceAndEnterprisesMayNotEnableAndNothingReachesTheService() throws Exception {
        assertEquals(
                403,
                send("PUT", "/api/cities/3205/extensions/" + STUDIO, "{\"enabled\":true}", "province")
                        .getStatus());
        assertEquals(
                403,
                send("PUT", "/api/cities/3205/extensions/" + STUDIO, "{\"enabled\":true}", "hr")
                        .getStatus());
        assertEquals(403, send("GET", "/api/cities/3205/extensions", null, "hr").getStatus());
        assertEquals(401, send("GET", "/api/cities/3205/extensions", null, null).getStatus());
        verifyNoInteractions(extensions);
    }

    @Test
    void anotherCitysAgencyGets404() throws Exception {
        when(extensions.setEnabled(any(), eq("3205"), eq(STUDIO), anyBoolean(), any()))
                .thenThrow(new NotFoundException("CityExtension", "3205/" + STUDIO));
        when(extensions.list(any(), eq("3205"))).thenThrow(new NotFoundException("City", "3205"));

        assertEquals(
                404,
                send("PUT", "/api/cities/3205/extensions/" + STUDIO, "{\"enabled\":true}", "nanjing")
                        .getStatus());
        assertEquals(
                404, send("GET", "/api/cities/3205/extensions", null, "nanjing").getStatus());
    }

    @Test
    void aMissingStateIs400AndAPluginThatIsNoExtensionIs422AndAStaleVersion409() throws Exception {
        assertEquals(
                400,
                send("PUT", "/api/cities/3205/extensions/" + STUDIO, "{}", "suzhou")
                        .getStatus());
        when(extensions.setEnabled(any(), eq("3205"), eq("oral-defense"), anyBoolean(), any()))
                .thenThrow(new RuleViolationException("pluginId", "not-extension", "不是城市扩展", "no city extension"));
        when(extensions.setEnabled(any(), eq("3205"), eq(STUDIO), anyBoolean(), eq(3L)))
                .thenThrow(new ConflictException(ConflictException.Kind.STALE_VERSION, "已被修改", "changed"));

        ContainerResponse refused =
                send("PUT", "/api/cities/3205/extensions/oral-defense", "{\"enabled\":true}", "suzhou");
        assertEquals(422, refused.getStatus());
        assertEquals(
                "not-extension",
                ((ProblemDetails) refused.getEntity()).errors().get(0).rule());
        assertEquals(
                409,
                send("PUT", "/api/cities/3205/extensions/" + STUDIO, "{\"enabled\":false,\"version\":3}", "suzhou")
                        .getStatus());
    }

    @Test
    void theProvinceAndTheCityListTheCitysExtensions() throws Exception {
        when(extensions.list(any(), eq("3205"))).thenReturn(List.of(extension(false, 0)));

        ContainerResponse response = send("GET", "/api/cities/3205/extensions", null, "province");

        assertEquals(200, response.getStatus());
        CityExtensionResource.ExtensionList list = (CityExtensionResource.ExtensionList) response.getEntity();
        assertEquals(1, list.total());
        assertFalse(list.items().get(0).enabled());
        assertNull(list.items().get(0).changedBy());
        assertEquals(
                200, send("GET", "/api/cities/3205/extensions", null, "suzhou").getStatus());
        verify(extensions).list(SUZHOU, "3205");
    }

    @Test
    void pluginInformationIsPublicWithVersionsParametersCitiesAndPins() throws Exception {
        PluginDescriptor descriptor = new PluginDescriptor(
                PluginKind.ASSESSMENT_METHOD,
                STUDIO,
                LocalizedText.of("技能大师工作室建设成效评价", "Master studio"),
                "org.skilleval.plugin.suzhoumasterstudio",
                "1.0.0",
                51,
                77,
                PluginState.ACTIVE,
                "",
                List.of("3205"));
        when(extensions.pluginInfo(STUDIO))
                .thenReturn(Optional.of(new PluginInfo(
                        STUDIO,
                        List.of(new PluginInfo.Registration(
                                descriptor,
                                LocalizedText.of("说明", "description"),
                                List.of(new ParameterSpec(
                                        "minExperts",
                                        LocalizedText.of("最少评委", "Min"),
                                        ParameterType.INTEGER,
                                        "3",
                                        false)),
                                new EvidenceSpec(
                                        LocalizedText.of("证明", "evidence"),
                                        List.of(new EvidenceField(
                                                "studio-name",
                                                LocalizedText.of("名称", "Name"),
                                                EvidenceType.TEXT,
                                                true))),
                                2)),
                        List.of(new CityExtensionRecord(1, 2, "3205", STUDIO, true, "suzhou", NOW)),
                        List.of(new PinnedVersionCount(7, "method", "1.0.0", 2)))));

        ContainerResponse response = send("GET", "/api/plugins/" + STUDIO, null, null);

        assertEquals(200, response.getStatus());
        PluginResource.Info info = (PluginResource.Info) response.getEntity();
        assertEquals(List.of("3205"), info.cities());
        PluginResource.Version version = info.versions().get(0);
        assertEquals("1.0.0", version.bundleVersion());
        assertEquals("ACTIVE", version.state());
        assertEquals("minExperts", version.parameters().get(0).key());
        assertEquals("INTEGER", version.parameters().get(0).type());
        assertEquals("studio-name", version.evidence().fields().get(0).id());
        assertEquals(2, version.pinnedBy());
        assertEquals(7, info.pinnedByApprovedPlans().get(0).roundId());
        assertTrue(info.enablements().get(0).enabled());
        String json = new ObjectMapperProvider().getContext(Object.class).writeValueAsString(info);
        assertFalse(json.contains("\"suzhou\""), "who enabled it is not public: " + json);
    }

    @Test
    void anUnknownPluginIs404() throws Exception {
        when(extensions.pluginInfo("never-heard-of")).thenReturn(Optional.empty());

        assertEquals(404, send("GET", "/api/plugins/never-heard-of", null, null).getStatus());
    }

    private static CityExtension extension(boolean enabled, long version) {
        return new CityExtension(
                "3205",
                STUDIO,
                PluginKind.ASSESSMENT_METHOD,
                LocalizedText.of("技能大师工作室建设成效评价", "Master studio"),
                true,
                enabled,
                version,
                version == 0 ? null : "suzhou",
                version == 0 ? null : NOW);
    }

    private ContainerResponse send(String method, String path, String json, String token) throws Exception {
        Supplier<PluginHistory> noLog = () -> null;
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new CityExtensionResource(extensions),
                        new PluginResource(
                                mock(PluginRegistry.class), noLog, extensions, mock(PluginUploadService.class)))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return handler.apply(request).get();
    }
}
