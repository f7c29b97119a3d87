package org.skilleval.core.documents.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ProposalListStatus;

/**
 * How long each document takes to render, warm, in one thread: prints the median and the 95th
 * percentile of 100 renderings after 50 warm-up ones, and the size of the file. Not part of the
 * build; run it on purpose:
 *
 * <pre>mvn -B -ntp verify -pl core-bundles/documents -am -Dskilleval.excludedGroups=none -Dtest=DocumentBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class DocumentBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 100;

    @Test
    void renderEachDocument() {
        long loadStart = System.nanoTime();
        CjkFont font = CjkFont.load();
        System.out.printf("font load (once per bundle start): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        ApplicationFormPdf forms = new ApplicationFormPdf(font);
        CertificatePdf certificates = new CertificatePdf(font);
        PublicityPdf publicity = new PublicityPdf(font);
        ApplicationFormPdf.Photo photo = new ApplicationFormPdf.Photo(Samples.photo(), "photo.png");
        Map<StatisticsDimension, List<StatisticsRow>> statistics = new EnumMap<>(StatisticsDimension.class);
        for (StatisticsDimension dimension : StatisticsDimension.values()) {
            statistics.put(
                    dimension,
                    List.of(
                            new StatisticsRow("3201", "南京", 12, 10, 4, 2, 1, 3),
                            new StatisticsRow("3205", "苏州", 3, 3, 1, 0, 0, 0)));
        }
        measure(
                "application form, 2 pages",
                () -> forms.render(
                        Samples.application(Samples.form("攻克高精度主轴加工难题。", 2), ApplicationStatus.ENDORSED, ""), photo));
        measure(
                "application form, 4 pages (long 工作业绩)",
                () -> forms.render(
                        Samples.application(
                                Samples.form(Samples.longAchievements(), 12), ApplicationStatus.ENDORSED, ""),
                        photo));
        measure(
                "certificate",
                () -> certificates.render(
                        Samples.certificate(CertificateStatus.VALID),
                        Samples.MASKED_ID,
                        QrCodes.verificationUrl("http://localhost:8181", Samples.CODE, "王喆")));
        measure(
                "publicity PDF, 20 candidates",
                () -> publicity.render(Samples.list(ProposalListStatus.PUBLISHED, 20), "http://localhost:8181"));
        measure(
                "publicity XLSX, 20 candidates",
                () -> PublicityWorkbook.render(
                        Samples.list(ProposalListStatus.PUBLISHED, 20), "http://localhost:8181"));
        measure(
                "statistics XLSX, 4 sheets",
                () -> StatisticsWorkbook.render(statistics, "评聘批次：全部批次", LocalDate.of(2026, 3, 1)));
    }

    private static void measure(String name, Supplier<byte[]> render) {
        long first = System.nanoTime();
        int size = render.get().length;
        double coldMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            render.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%-42s first %6.0f ms   median %6.1f ms   p95 %6.1f ms   %7.1f kB%n",
                name, coldMs, ms[RUNS / 2], ms[(int) (RUNS * 0.95)], size / 1024.0);
    }
}
