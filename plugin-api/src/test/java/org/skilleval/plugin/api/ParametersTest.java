package org.skilleval.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.Violation;

class ParametersTest {

    private final Parameters parameters = Parameters.of(Map.of(
            "passLine", " 62.5 ",
            "minExperts", "5",
            "honourVetoes", "FALSE",
            "weight.oral-defense", "40",
            "weight.performance-review", "60",
            "weight.", "ignored",
            "title", "特级技师"));

    @Test
    void typedReadsParseTheValue() {
        assertEquals(new BigDecimal("62.5"), parameters.getDecimal("passLine", BigDecimal.ZERO));
        assertEquals(5, parameters.getInt("minExperts", 3));
        assertFalse(parameters.getBoolean("honourVetoes", true));
        assertEquals("特级技师", parameters.getString("title", "x"));
        assertEquals(Optional.of("5"), parameters.get("minExperts"));
    }

    @Test
    void unsetKeysGiveTheDefault() {
        assertEquals(BigDecimal.TEN, parameters.getDecimal("absent", BigDecimal.TEN));
        assertEquals(null, parameters.getDecimal("absent", null));
        assertEquals(3, parameters.getInt("absent", 3));
        assertTrue(parameters.getBoolean("absent", true));
        assertEquals("d", parameters.getString("absent", "d"));
        assertEquals(Optional.empty(), parameters.get("absent"));
        assertEquals(7, Parameters.empty().getInt("minExperts", 7));
    }

    @Test
    void malformedDecimalIsRefusedNamingTheKey() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Parameters.of(Map.of("passLine", "sixty"))
                        .getDecimal("passLine", BigDecimal.ZERO));
        Violation v = e.violations().get(0);
        assertEquals("passLine", v.field());
        assertEquals("decimal", v.rule());
        assertTrue(
                v.message().zh().contains("passLine") && v.message().en().contains("sixty"),
                v.message().en());
    }

    @Test
    void malformedIntegerIsRefusedNamingTheKey() {
        for (String raw : List.of("3.5", "three", "")) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> Parameters.of(Map.of("minExperts", raw)).getInt("minExperts", 3),
                    raw);
            assertEquals("minExperts", e.violations().get(0).field());
            assertEquals("integer", e.violations().get(0).rule());
        }
    }

    @Test
    void booleanAcceptsOnlyTrueOrFalse() {
        assertTrue(Parameters.of(Map.of("b", " True ")).getBoolean("b", false));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Parameters.of(Map.of("honourVetoes", "yes"))
                        .getBoolean("honourVetoes", true));
        assertEquals("honourVetoes", e.violations().get(0).field());
        assertEquals("boolean", e.violations().get(0).rule());
    }

    @Test
    void withPrefixStripsThePrefixAndSkipsTheBarePrefix() {
        assertEquals(Map.of("oral-defense", "40", "performance-review", "60"), parameters.withPrefix("weight."));
        assertEquals(Map.of(), parameters.withPrefix("vetoBelow."));
    }

    @Test
    void entriesAreSortedAndImmutable() {
        Map<String, String> source = new HashMap<>(Map.of("b", "2", "a", "1"));
        Parameters p = Parameters.of(source);
        source.put("c", "3");
        assertEquals(List.of("a", "b"), List.copyOf(p.asMap().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> p.asMap().put("z", "9"));
        assertEquals(Parameters.of(Map.of("a", "1", "b", "2")), p);
        assertEquals(Parameters.of(Map.of("a", "1", "b", "2")).hashCode(), p.hashCode());
    }

    @Test
    void nullKeysOrValuesAreRefused() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThrows(IllegalArgumentException.class, () -> Parameters.of(withNull));
    }

    @Test
    void aHostileDecimalIsRefusedWithoutBeingExpandedOrEchoed() {
        for (String hostile : List.of("1e10000000", "1e-10000000", "9".repeat(100_000), "1E+16")) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> Parameters.of(Map.of("weight", hostile))
                            .getDecimal("weight", BigDecimal.ONE));
            String message = refused.violations().get(0).message().en();
            assertTrue(message.length() < 200, message);
        }
        assertEquals(
                new BigDecimal("123456789012345.5"),
                Parameters.of(Map.of("w", "123456789012345.5")).getDecimal("w", null));
    }
}
