package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationAreaTest {

    private static UnifiedSocialCreditCode code(String first17) {
        return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17), "creditCode");
    }

    @ParameterizedTest
    @CsvSource({
        "320100, NANJING",
        "320102, NANJING",
        "320500, SUZHOU",
        "320583, SUZHOU",
        "321300, SUQIAN",
        "320281, WUXI"
    })
    void aJiangsuCityOrCountyCodeNamesItsCity(String division, City city) {
        RegistrationArea area = RegistrationArea.of(division);
        assertEquals(RegistrationArea.Kind.CITY, area.kind());
        assertEquals(Optional.of(city), area.city());
        assertFalse(area.needsProvinceConfirmation());
    }

    @Test
    void theCreditCodeCarriesItsArea() {
        assertEquals(
                Optional.of(City.SUZHOU),
                code("91320500MA1PX0003").registrationArea().city());
        assertEquals(
                Optional.of(City.NANJING),
                code("91320100MA1NJ0001").registrationArea().city());
    }

    @Test
    void aProvinceLevelRegistrationNeedsTheProvince() {
        RegistrationArea area = code("91320000MA1AB0001").registrationArea();
        assertEquals(RegistrationArea.Kind.PROVINCE, area.kind());
        assertTrue(area.city().isEmpty());
        assertTrue(area.needsProvinceConfirmation());
        assertEquals("省级登记（320000）", area.nameZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "110105", "350100", "310000", "000000"})
    void aRegistrationOutsideJiangsuNeedsTheProvince(String division) {
        RegistrationArea area = RegistrationArea.of(division);
        assertEquals(RegistrationArea.Kind.OUTSIDE_JIANGSU, area.kind());
        assertTrue(area.needsProvinceConfirmation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"321400", "329000", "320001"})
    void aJiangsuDivisionNamingNoCityNeedsTheProvince(String division) {
        RegistrationArea area = RegistrationArea.of(division);
        assertEquals(RegistrationArea.Kind.UNLISTED_JIANGSU_DIVISION, area.kind());
        assertTrue(area.needsProvinceConfirmation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"32010", "3201000", "32O100", "３２０１００"})
    void onlySixAsciiDigitsAreADivisionCode(String division) {
        assertThrows(IllegalArgumentException.class, () -> RegistrationArea.of(division));
    }
}
