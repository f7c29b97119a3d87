package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CityTest {

    @Test
    void thirteenCitiesInCodeOrder() {
        City[] cities = City.values();
        assertEquals(13, cities.length);
        for (int i = 0; i < cities.length; i++) {
            assertEquals(String.format("32%02d", i + 1), cities[i].code());
        }
        assertEquals("南京", City.NANJING.nameZh());
        assertEquals("连云港", City.LIANYUNGANG.nameZh());
        assertEquals("3207", City.LIANYUNGANG.code());
        assertEquals("泰州", City.TAIZHOU.nameZh());
        assertEquals("3212", City.TAIZHOU.code());
        assertEquals("宿迁", City.SUQIAN.nameZh());
    }

    @Test
    void fromCodeFindsEachCity() {
        for (City city : City.values()) {
            assertEquals(city, City.fromCode(city.code()));
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"3200", "3214", "3301", "320"})
    void fromCodeRefusesOtherCodes(String code) {
        assertEquals(
                "city",
                assertThrows(RuleViolationException.class, () -> City.fromCode(code))
                        .rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3205", "苏州", "苏州市", "SUZHOU", "suzhou", " 苏州 "})
    void parseAcceptsCodeNameAndEnumName(String input) {
        assertEquals(City.SUZHOU, City.parse(input, "city"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "杭州", "苏", "3214", "SOOCHOW", "江苏"})
    void parseRefusesAnythingElse(String input) {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> City.parse(input, "enterprise.city"));
        assertEquals("city", e.rule());
        assertEquals("enterprise.city", e.field());
    }
}
