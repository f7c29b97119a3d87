package org.skilleval.core.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an enterprise is registered, as its unified social credit code says (characters 3–8, the
 * administrative division code of the registering authority, GB/T 2260): {@code 32} is Jiangsu, and
 * {@code 32xx} with {@code xx} from 01 to 13 one of its 设区市. A county-level division belongs to its
 * city ({@code 320583} 昆山 is in {@code 3205} 苏州).
 *
 * <p>Only the city of the registration may recommend an enterprise. An enterprise registered with
 * the province ({@code 320000}), with a Jiangsu division that names no city, or outside Jiangsu
 * (a national registration {@code 100000}, another province) has no city the code can tell; the
 * provincial centre confirms which city it belongs to, with a reason, before a city may recommend
 * it.
 *
 * @param divisionCode the 6-digit administrative division code
 * @param kind         what the code says about the city
 * @param city         the 设区市, present iff {@code kind} is {@link Kind#CITY}
 */
public record RegistrationArea(String divisionCode, Kind kind, Optional<City> city) {

    /** What a division code says about the enterprise's 设区市. */
    public enum Kind {
        /** Registered in one of Jiangsu's 13 设区市 or a county of one. */
        CITY,
        /** Registered with the province of Jiangsu itself ({@code 320000}). */
        PROVINCE,
        /** A Jiangsu division code that names none of the 13 设区市. */
        UNLISTED_JIANGSU_DIVISION,
        /** Registered outside Jiangsu, nationally included. */
        OUTSIDE_JIANGSU
    }

    /** The division code of the province of Jiangsu. */
    public static final String JIANGSU_PROVINCE = "320000";

    public RegistrationArea {
        Objects.requireNonNull(divisionCode, "divisionCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(city, "city");
        if (city.isPresent() != (kind == Kind.CITY)) {
            throw new IllegalArgumentException("a city is present exactly for kind CITY");
        }
    }

    /**
     * The area of a division code.
     *
     * @param divisionCode 6 digits, as {@link UnifiedSocialCreditCode#divisionCode()} gives them
     * @return the area
     * @throws IllegalArgumentException unless the code is 6 ASCII digits
     */
    public static RegistrationArea of(String divisionCode) {
        if (divisionCode == null || !divisionCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("not a 6-digit division code");
        }
        if (!divisionCode.startsWith("32")) {
            return new RegistrationArea(divisionCode, Kind.OUTSIDE_JIANGSU, Optional.empty());
        }
        if (divisionCode.equals(JIANGSU_PROVINCE)) {
            return new RegistrationArea(divisionCode, Kind.PROVINCE, Optional.empty());
        }
        String cityCode = divisionCode.substring(0, 4);
        for (City city : City.values()) {
            if (city.code().equals(cityCode)) {
                return new RegistrationArea(divisionCode, Kind.CITY, Optional.of(city));
            }
        }
        return new RegistrationArea(divisionCode, Kind.UNLISTED_JIANGSU_DIVISION, Optional.empty());
    }

    /** @return whether the provincial centre must confirm the enterprise's city before a recommendation */
    public boolean needsProvinceConfirmation() {
        return kind != Kind.CITY;
    }

    /** @return the area as Chinese readers name it, e.g. {@code 苏州} or {@code 省级登记（320000）} */
    public String nameZh() {
        return switch (kind) {
            case CITY -> city.orElseThrow().nameZh();
            case PROVINCE -> "省级登记（" + divisionCode + "）";
            case UNLISTED_JIANGSU_DIVISION -> "江苏省内未列明设区市的区划（" + divisionCode + "）";
            case OUTSIDE_JIANGSU -> "江苏省外（" + divisionCode + "）";
        };
    }

    /** @return the area in English, e.g. {@code Suzhou} or {@code the province (320000)} */
    public String nameEn() {
        return switch (kind) {
            case CITY -> city.orElseThrow().nameEn();
            case PROVINCE -> "the province (" + divisionCode + ")";
            case UNLISTED_JIANGSU_DIVISION -> "a Jiangsu division naming no city (" + divisionCode + ")";
            case OUTSIDE_JIANGSU -> "outside Jiangsu (" + divisionCode + ")";
        };
    }
}
