package org.cypf.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static List<TrendChart.Point> points(int n) {
        return IntStream.range(0, n).mapToObj(i -> new TrendChart.Point(LocalDate.of(2020 + i, 3, 31),
                BigDecimal.valueOf(10 + i))).toList();
    }

    @Test
    void drawsTheLastObservationsWithTargetAndEnglandAndSaysSoInWords() {
        String svg = TrendChart.svg("Children in care", points(10), new BigDecimal("15"), new BigDecimal("12.5"), 8, 160, 48);
        assertEquals(8, svg.split("class=\"cypf-trend-point\"", -1).length - 1, "the last 8 of 10 observations");
        assertTrue(svg.contains("class=\"cypf-trend-target\""));
        assertTrue(svg.contains("class=\"cypf-trend-england\""));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-label=\"Trend of Children in care: 8 observations, from 12 on 2022-03-31 to 19 on "
                + "2029-03-31; target 15; England 12.5\""), svg);
    }

    @Test
    void escapesWhatItWrites() {
        String svg = TrendChart.svg("<script>alert(1)</script> & \"x\"", points(2), null, null, 8, 160, 48);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
        assertFalse(svg.contains("cypf-trend-target"), "no target line without a target");
    }

    @Test
    void saysWhenThereIsNothingToDraw() {
        String svg = TrendChart.svg("Attendance", List.of(), null, null, 8, 160, 48);
        assertTrue(svg.contains("No observations"));
        assertTrue(svg.contains("aria-label=\"Trend of Attendance: no observations\""));
    }
}
