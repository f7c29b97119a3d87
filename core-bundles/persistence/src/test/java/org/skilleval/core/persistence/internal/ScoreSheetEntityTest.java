package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScoreSheetEntityTest {

    @Test
    void pointsAreStoredAsJacksonWritesThemAndReadBackTheSame() {
        Map<String, BigDecimal> odd = new LinkedHashMap<>();
        odd.put("quote\"and\\backslash", new BigDecimal("-0.50"));
        odd.put("control\n\t\u0001", new BigDecimal("1E+1"));
        odd.put("表达", new BigDecimal("12345678901234567890.123"));
        odd.put("", BigDecimal.ZERO);
        odd.put("unset", null);
        List<Map<String, BigDecimal>> sheets = List.of(
                Map.of(),
                Map.of("professional-knowledge", new BigDecimal("25"), "problem-solving", new BigDecimal("24.5")),
                new TreeMap<>(Map.of("innovation", new BigDecimal("16"), "expression", new BigDecimal("15"))),
                odd);
        for (Map<String, BigDecimal> points : sheets) {
            String json = ScoreSheetEntity.pointsJson(points);
            assertEquals(JsonDocuments.write(new ScoreSheetEntity.Points(points)), json);
            assertEquals(
                    points,
                    JsonDocuments.read(json, ScoreSheetEntity.Points.class).points());
        }
        assertEquals(JsonDocuments.write(new ScoreSheetEntity.Points(null)), ScoreSheetEntity.pointsJson(null));
    }
}
