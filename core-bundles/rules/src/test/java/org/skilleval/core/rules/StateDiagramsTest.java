package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed {@code docs/state-machines.md} is what the tables draw; run with -Dstatemachines.write=true to rewrite it. */
class StateDiagramsTest {

    private static final Path DOCUMENT = Path.of("../../docs/state-machines.md");

    @Test
    void theCommittedDiagramsAreTheTables() throws IOException {
        String generated = StateDiagrams.document();
        if (Boolean.getBoolean("statemachines.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOCUMENT), "docs/state-machines.md is missing: run with -Dstatemachines.write=true");
        assertEquals(
                generated,
                Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/state-machines.md is out of date: run "
                        + "mvn -pl core-bundles/rules test -Dtest=StateDiagramsTest -Dstatemachines.write=true");
    }

    @Test
    void aDiagramShowsEveryEdgeOfItsTable() {
        String diagram = StateDiagrams.mermaid(ParticipationLifecycle.MACHINE);
        assertTrue(diagram.contains("[*] --> RECOMMENDED : recommend"), diagram);
        assertTrue(diagram.contains("ACCEPTED --> WITHDRAWN : leave"), diagram);
        assertTrue(diagram.contains("CANCELLED --> [*]"), diagram);
        assertTrue(StateDiagrams.mermaid(WorkPlanLifecycle.MACHINE).contains("DRAFT --> DRAFT : revise"));
    }
}
