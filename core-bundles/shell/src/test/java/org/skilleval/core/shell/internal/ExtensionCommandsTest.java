package org.skilleval.core.shell.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.PluginInfo;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;

class ExtensionCommandsTest {

    private static final String STUDIO = "suzhou-master-studio";
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalizedText NAME = LocalizedText.of("技能大师工作室建设成效评价", "Master studio");

    @Test
    void pluginInfoShowsEachVersionItsStateCitiesConfigurationAndPins() {
        PluginDescriptor active = new PluginDescriptor(
                PluginKind.ASSESSMENT_METHOD,
                STUDIO,
                NAME,
                "org.skilleval.plugin.suzhoumasterstudio",
                "1.0.0",
                51,
                77,
                PluginState.ACTIVE,
                "",
                List.of("3205"));
        PluginDescriptor invalid = new PluginDescriptor(
                PluginKind.ASSESSMENT_METHOD,
                STUDIO,
                NAME,
                "com.example.copy",
                "0.9.0",
                52,
                78,
                PluginState.INVALID,
                "skilleval.city names unknown city code(s) [3101]",
                List.of());
        PluginInfo info = new PluginInfo(
                STUDIO,
                List.of(
                        new PluginInfo.Registration(
                                active,
                                NAME,
                                List.of(new ParameterSpec(
                                        "minExperts",
                                        LocalizedText.of("最少评委人数", "Min"),
                                        ParameterType.INTEGER,
                                        "3",
                                        false)),
                                new EvidenceSpec(
                                        NAME,
                                        List.of(new EvidenceField(
                                                "studio-name",
                                                LocalizedText.of("工作室名称", "Name"),
                                                EvidenceType.TEXT,
                                                true))),
                                2),
                        new PluginInfo.Registration(invalid, null, List.of(), null, 0)),
                List.of(new CityExtensionRecord(1, 2, "3205", STUDIO, true, "suzhou", NOW)),
                List.of(new PinnedVersionCount(7, "method", "1.0.0", 2)));

        String text = render(out -> PluginInfoCommand.print(Optional.of(info), STUDIO, out));

        assertTrue(text.contains("ASSESSMENT_METHOD 1.0.0"), text);
        assertTrue(text.contains("Cities:   3205"), text);
        assertTrue(text.contains("minExperts (INTEGER, default 3)"), text);
        assertTrue(text.contains("studio-name (TEXT, required)"), text);
        assertTrue(text.contains("INVALID: skilleval.city names unknown city code(s) [3101]"), text);
        assertTrue(text.contains("3205 ENABLED by suzhou"), text);
        assertTrue(text.contains("round 7: 2 plan(s), method 1.0.0"), text);
        assertTrue(text.contains("Pinned by 2 approved work plan(s)"), text);
    }

    @Test
    void anUnknownPluginIsSaidToBeUnknown() {
        String text = render(out -> PluginInfoCommand.print(Optional.empty(), "nothing", out));

        assertTrue(text.contains("No plugin nothing"), text);
    }

    @Test
    void theExtensionListShowsEachCitysDecision() {
        String text = render(out -> ExtensionsCommand.print(
                List.of(
                        new CityExtension(
                                "3205", STUDIO, PluginKind.ASSESSMENT_METHOD, NAME, true, true, 2, "suzhou", NOW),
                        new CityExtension("3206", STUDIO, null, NAME, false, false, 0, null, null)),
                out));

        assertTrue(text.contains("ENABLED"), text);
        assertTrue(text.contains("DISABLED"), text);
        assertTrue(text.contains("suzhou"), text);
    }

    @Test
    void enablingInTheShellActsAsTheOperator() {
        ExtensionEnableCommand command = new ExtensionEnableCommand();
        command.extensions = mock(CityExtensionService.class);
        command.city = "3205";
        command.pluginId = STUDIO;
        when(command.extensions.setEnabledByOperator(Operator.UNKNOWN, "3205", STUDIO, true))
                .thenReturn(new CityExtension(
                        "3205", STUDIO, PluginKind.ASSESSMENT_METHOD, NAME, true, true, 1, Operator.UNKNOWN, NOW));

        command.execute();

        verify(command.extensions).setEnabledByOperator(Operator.UNKNOWN, "3205", STUDIO, true);
    }

    @Test
    void disablingInTheShellActsAsTheOperator() {
        ExtensionDisableCommand command = new ExtensionDisableCommand();
        command.extensions = mock(CityExtensionService.class);
        command.city = "苏州";
        command.pluginId = STUDIO;
        when(command.extensions.setEnabledByOperator(Operator.UNKNOWN, "苏州", STUDIO, false))
                .thenReturn(new CityExtension(
                        "3205", STUDIO, PluginKind.ASSESSMENT_METHOD, NAME, true, false, 2, Operator.UNKNOWN, NOW));

        command.execute();

        verify(command.extensions).setEnabledByOperator(Operator.UNKNOWN, "苏州", STUDIO, false);
    }

    private static String render(java.util.function.Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
