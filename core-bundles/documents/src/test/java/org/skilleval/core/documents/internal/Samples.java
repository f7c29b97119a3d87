package org.skilleval.core.documents.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.ProposalListStatus;

/** Realistic records for rendering tests: a Nanjing 车工 with a long record of achievements. */
final class Samples {

    static final String ID_NUMBER = "32010219720315003X";
    static final String MASKED_ID = "3201************3X";
    static final String CREDIT_CODE = "91320100MA1NJ0001M";
    static final String ENTERPRISE = "南京某装备集团有限公司";
    static final String CODE = "Y00003232010026T000001";

    private Samples() {}

    static ApplicationForm form(String achievements, int careerEntries) {
        List<ApplicationForm.CareerEntry> career = new ArrayList<>();
        career.add(new ApplicationForm.CareerEntry(
                YearMonth.of(1988, 9), YearMonth.of(1991, 7), "南京市机械工业学校", "机械制造专业（中专）"));
        for (int i = 0; i < careerEntries; i++) {
            career.add(new ApplicationForm.CareerEntry(
                    YearMonth.of(1991 + i, 8),
                    i == careerEntries - 1 ? null : YearMonth.of(1992 + i, 7),
                    ENTERPRISE + "机加车间",
                    i == 0 ? "车工学徒" : "车工班组长，负责高精度主轴和异形件的车削加工与工艺改进"));
        }
        List<ApplicationForm.Award> awards = List.of(
                new ApplicationForm.Award(Year.of(2012), "南京市技术能手", "南京市人力资源和社会保障局"),
                new ApplicationForm.Award(Year.of(2016), "江苏省五一劳动奖章", "江苏省总工会"),
                new ApplicationForm.Award(Year.of(2019), "江苏工匠", "省级"));
        return new ApplicationForm(
                "王喆",
                ID_NUMBER,
                null,
                YearMonth.of(1972, 3),
                "大专/无",
                "机加车间副主任",
                "高级工程师",
                new ApplicationForm.Qualification("高级技师", "车工", "1532000000100001", LocalDate.of(2010, 6, 1)),
                ENTERPRISE,
                "机加车间",
                "南京市江宁区将军大道1号",
                "wangzhe@example.com",
                "13912345678",
                "精密车削、数控车床编程与工艺优化",
                career,
                List.of(),
                achievements,
                List.of("41", "42"),
                awards,
                List.of("43"),
                new ApplicationForm.Declaration(true, LocalDate.of(2026, 1, 15)),
                "车工",
                EligibilityPath.A_SENIOR_TECHNICIAN,
                LocalDate.of(2010, 7, 1),
                true,
                null,
                List.of());
    }

    /** 工作业绩 long enough to run over two continuation pages. */
    static String longAchievements() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            text.append(i)
                    .append("、主持“高精度主轴车削工艺改进”第")
                    .append(i)
                    .append("期攻关，解决薄壁件变形、振纹等生产一线难题，加工精度由IT7提高到IT5，年节约成本约")
                    .append(20 + i)
                    .append("万元；成果在集团三个车间推广，带徒")
                    .append(i % 5 + 1)
                    .append("名，其中2名取得技师资格。\n");
        }
        return text.append("（以上业绩均有证明材料附后。）").toString();
    }

    static ApplicationRecord application(ApplicationForm form, ApplicationStatus status, String opinion) {
        return new ApplicationRecord(
                123, 4, 7, 3, CREDIT_CODE, "3201", "applicant:" + CREDIT_CODE + "-0042", form, status, null, opinion);
    }

    static CertificateRecord certificate(CertificateStatus status) {
        return new CertificateRecord(
                5,
                1,
                CODE,
                123,
                9,
                7,
                "王喆",
                "车工",
                CREDIT_CODE,
                ENTERPRISE,
                "3201",
                LocalDate.of(2026, 3, 20),
                status,
                status == CertificateStatus.REVOKED ? "业绩证明材料系伪造，经查属实" : "");
    }

    static ProposalListRecord list(ProposalListStatus status, int candidates) {
        List<ProposalEntry> entries = new ArrayList<>();
        String[] names = {"王喆", "李建国", "张秀英", "赵堃", "欧阳明"};
        for (int i = 0; i < candidates; i++) {
            entries.add(new ProposalEntry(
                    100 + i,
                    123 + i,
                    i < names.length ? names[i] : "候选人" + i,
                    i % 3 == 2 ? "女" : "男",
                    i % 2 == 0 ? "车工" : "钳工",
                    i == 0 ? MASKED_ID : "3201************1" + (i % 10),
                    i == 1 ? ProposalEntryStatus.REMOVED : ProposalEntryStatus.LISTED,
                    i == 1 ? "异议成立" : ""));
        }
        boolean submitted = status != ProposalListStatus.DRAFT;
        boolean published = status == ProposalListStatus.PUBLISHED || status == ProposalListStatus.CERTIFIED;
        return TestRecords.proposalList()
                .version(3)
                .creditCode(CREDIT_CODE)
                .enterpriseName(ENTERPRISE)
                .status(status)
                .entries(entries)
                .enterpriseWindow(
                        submitted ? LocalDate.of(2026, 2, 9) : null, submitted ? LocalDate.of(2026, 2, 13) : null)
                .provinceWindow(
                        published ? LocalDate.of(2026, 2, 9) : null, published ? LocalDate.of(2026, 2, 13) : null)
                .build();
    }

    /** A passport-style photo: a grey figure on a light blue ground, as a PNG. */
    static byte[] photo() {
        BufferedImage image = new BufferedImage(260, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD6, 0xE8, 0xF7));
        g.fillRect(0, 0, 260, 360);
        g.setColor(new Color(0x50, 0x50, 0x58));
        g.fillOval(80, 60, 100, 120);
        g.fillRoundRect(40, 190, 180, 200, 80, 80);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
