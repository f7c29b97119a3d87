package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.domain.PluginUploadRecord.Status;
import org.skilleval.core.lifecycle.PluginUploadService;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.PluginUploadStore;
import org.skilleval.core.pluginhost.PluginContainment;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.InvalidInputException;

class PluginUploadServiceImplTest {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1SZ0001P";
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private final PluginUploadStore store = mock(PluginUploadStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final PluginContainment containment = mock(PluginContainment.class);
    private final RecordingBundles bundles = new RecordingBundles();
    private final PluginUploadServiceImpl service = new PluginUploadServiceImpl(
            store,
            participations,
            containment,
            bundles,
            1024 * 1024,
            new JarSignatureCheck(Path.of("no-trusted-signers"), false),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final Caller hr =
            new Caller("nanjing-equipment-hr", Set.of(Role.ENTERPRISE), null, NANJING_EQUIPMENT, null, null);
    private final Caller otherHr =
            new Caller("suzhou-precision-hr", Set.of(Role.ENTERPRISE), null, SUZHOU_PRECISION, null, null);
    private final Caller developer =
            Caller.fromJaasRoles("nj-plugin-dev", List.of("plugin_developer", "plugin_developer:" + NANJING_EQUIPMENT));
    private final Caller nanjing = new Caller("nanjing", Set.of(Role.CITY), "3201", null, null, null);
    private final Caller suzhou = new Caller("suzhou", Set.of(Role.CITY), "3205", null, null, null);

    PluginUploadServiceImplTest() {
        when(participations.cityOf(NANJING_EQUIPMENT)).thenReturn(Optional.of("3201"));
        when(containment.allowsImport(any()))
                .thenAnswer(i -> ((String) i.getArgument(0)).startsWith("org.skilleval.plugin.api"));
        when(store.create(any(), any(), any())).thenAnswer(i -> withId(i.getArgument(0), 7));
    }

    @Test
    void anEnterpriseUploadIsCheckedAndStoredPendingUnderItsUploader() throws Exception {
        PluginUploadService.Uploaded uploaded =
                service.upload(hr, "mentoring.jar", new ByteArrayInputStream(plugin("1.0.0")));

        assertEquals(Status.PENDING, uploaded.upload().status());
        assertEquals(NANJING_EQUIPMENT, uploaded.upload().creditCode());
        assertEquals("3201", uploaded.upload().cityCode());
        assertTrue(uploaded.report().stream().anyMatch(c -> c.name().equals("imports") && c.passed()));
        verify(store).create(any(), any(), eq(new AuditActor("nanjing-equipment-hr", "enterprise")));
    }

    @Test
    void theEnterprisesPluginDeveloperUploadsFollowsAndAsksForRemovalAsTheEnterprise() throws Exception {
        PluginUploadService.Uploaded uploaded =
                service.upload(developer, "mentoring.jar", new ByteArrayInputStream(plugin("1.0.0")));
        assertEquals(NANJING_EQUIPMENT, uploaded.upload().creditCode());
        verify(store).create(any(), any(), eq(new AuditActor("nj-plugin-dev", "plugin_developer")));

        PluginUploadRecord installed = withId(upload(NANJING_EQUIPMENT, "3201", "1.0.0", Status.INSTALLED), 7);
        when(store.find(7)).thenReturn(Optional.of(installed));
        when(store.list(NANJING_EQUIPMENT, null)).thenReturn(List.of(installed));
        assertEquals(List.of(installed), service.list(developer));
        assertEquals(installed, service.find(developer, 7));
        service.requestRemoval(developer, 7, 0, "改用新版本");
        verify(store)
                .decide(
                        eq(7L),
                        eq(0L),
                        eq(Status.REMOVAL_PENDING),
                        eq("request-removal"),
                        eq("改用新版本"),
                        eq(NOW),
                        eq(new AuditActor("nj-plugin-dev", "plugin_developer")));
        assertThrows(AccessDeniedException.class, () -> service.review(developer, 7, 0, true, "ok"));
    }

    @Test
    void aFailedCheckStoresNothing() throws Exception {
        byte[] evil = PluginBundleCheckTest.jar(Map.of(
                "Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.evil",
                "Bundle-Version", "1.0.0",
                "Import-Package", "org.skilleval.core.persistence"));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service.upload(hr, "evil.jar", new ByteArrayInputStream(evil)));

        assertEquals("imports", refused.violations().get(0).rule());
        verify(store, never()).create(any(), any(), any());
    }

    @Test
    void aBundleTooLargeIsRefusedWhileReading() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> service.upload(hr, "big.jar", new ByteArrayInputStream(new byte[1024 * 1024 + 1])));

        assertEquals("size", refused.violations().get(0).rule());
    }

    @Test
    void anotherEnterprisesSymbolicNameOrAnOlderVersionIsRefused() throws Exception {
        when(store.listBySymbolicName("com.example.mentoring"))
                .thenReturn(List.of(withId(upload(SUZHOU_PRECISION, "3205", "1.0.0", Status.INSTALLED), 3)));
        InvalidInputException taken = assertThrows(
                InvalidInputException.class,
                () -> service.upload(hr, "m.jar", new ByteArrayInputStream(plugin("2.0.0"))));
        assertEquals("ownership", taken.violations().get(0).rule());

        when(store.listBySymbolicName("com.example.mentoring"))
                .thenReturn(List.of(withId(upload(NANJING_EQUIPMENT, "3201", "1.0.0", Status.INSTALLED), 3)));
        InvalidInputException notNewer = assertThrows(
                InvalidInputException.class,
                () -> service.upload(hr, "m.jar", new ByteArrayInputStream(plugin("1.0.0"))));
        assertTrue(notNewer.violations().get(0).message().en().contains("not newer"));
        assertEquals(
                Status.PENDING,
                service.upload(hr, "m.jar", new ByteArrayInputStream(plugin("1.1.0")))
                        .upload()
                        .status());
    }

    @Test
    void theEnterprisesCityApprovesAndTheBundleIsInstalledUnderItsUploadLocation() throws Exception {
        PluginUploadRecord pending = withId(upload(NANJING_EQUIPMENT, "3201", "1.0.0", Status.PENDING), 7);
        when(store.find(7)).thenReturn(Optional.of(pending));
        when(store.jar(7)).thenReturn(Optional.of(plugin("1.0.0")));
        when(store.decide(eq(7L), anyLong(), any(), any(), any(), any(), any()))
                .thenAnswer(i -> pending.decided(
                        i.getArgument(2), ((AuditActor) i.getArgument(6)).username(), NOW, i.getArgument(4)));

        PluginUploadRecord approved = service.review(nanjing, 7, 0, true, "审查通过：只读取专家分数");

        assertEquals(Status.INSTALLED, approved.status());
        assertEquals("nanjing", approved.reviewedBy());
        assertEquals(List.of("install skilleval-upload:" + NANJING_EQUIPMENT + "/7"), bundles.calls);
        verify(store).decide(7, 0, Status.INSTALLED, "approve", "审查通过：只读取专家分数", NOW, new AuditActor("nanjing", "city"));
    }

    @Test
    void anotherCityCannotSeeOrReviewTheUploadAndAnEnterpriseCannotReview() {
        PluginUploadRecord pending = withId(upload(NANJING_EQUIPMENT, "3201", "1.0.0", Status.PENDING), 7);
        when(store.find(7)).thenReturn(Optional.of(pending));

        assertThrows(NotFoundException.class, () -> service.review(suzhou, 7, 0, true, "ok"));
        assertThrows(NotFoundException.class, () -> service.find(suzhou, 7));
        assertThrows(NotFoundException.class, () -> service.find(otherHr, 7));
        assertThrows(AccessDeniedException.class, () -> service.review(hr, 7, 0, true, "ok"));
        assertTrue(bundles.calls.isEmpty());
    }

    @Test
    void aBundleThatDoesNotStartStaysPending() throws Exception {
        PluginUploadRecord pending = withId(upload(NANJING_EQUIPMENT, "3201", "1.0.0", Status.PENDING), 7);
        when(store.find(7)).thenReturn(Optional.of(pending));
        when(store.jar(7)).thenReturn(Optional.of(plugin("1.0.0")));
        bundles.failInstall = true;

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.review(nanjing, 7, 0, true, "ok"));

        assertEquals("install-failed", refused.rule());
        verify(store, never()).decide(anyLong(), anyLong(), any(), any(), any(), any(), any());
    }

    @Test
    void aRejectionNeedsAReason() {
        when(store.find(7))
                .thenReturn(Optional.of(withId(upload(NANJING_EQUIPMENT, "3201", "1.0.0", Status.PENDING), 7)));

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.review(nanjing, 7, 0, false, "  "));

        assertEquals("required", refused.rule());
    }

    private static byte[] plugin(String version) throws Exception {
        return PluginBundleCheckTest.jar(Map.of(
                "Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.mentoring",
                "Bundle-Version", version,
                "Import-Package", "org.skilleval.plugin.api"));
    }

    private static PluginUploadRecord upload(String creditCode, String city, String version, Status status) {
        return new PluginUploadRecord(
                0,
                0,
                creditCode,
                city,
                "com.example.mentoring",
                version,
                "m.jar",
                10,
                "ab",
                status,
                "hr",
                NOW,
                "",
                null,
                "");
    }

    private static PluginUploadRecord withId(PluginUploadRecord u, long id) {
        return new PluginUploadRecord(
                id,
                u.version(),
                u.creditCode(),
                u.cityCode(),
                u.symbolicName(),
                u.bundleVersion(),
                u.fileName(),
                u.size(),
                u.sha256(),
                u.status(),
                u.uploadedBy(),
                u.uploadedAt(),
                u.reviewedBy(),
                u.reviewedAt(),
                u.reason());
    }

    private static final class RecordingBundles implements PluginUploadServiceImpl.Bundles {
        final List<String> calls = new ArrayList<>();
        boolean failInstall;

        @Override
        public void installAndStart(String location, byte[] jar) throws BundleException {
            if (failInstall) {
                throw new BundleException("Unable to resolve");
            }
            calls.add("install " + location);
        }

        @Override
        public void uninstall(String location) {
            calls.add("uninstall " + location);
        }

        @Override
        public List<String> locationsOf(String symbolicName) {
            return List.of();
        }
    }
}
