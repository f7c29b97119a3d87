package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.accounts.AccountImportService;
import org.skilleval.core.accounts.ImportRow;

class ImportTableTest {

    private static List<ImportRow> employees(byte[] csv) {
        return ImportTable.rows(ImportTable.parseCsv(csv), AccountImportService.EMPLOYEE_COLUMNS, 100);
    }

    @Test
    void chineseHeadersInAnyOrderQuotedCellsAndLineNumbersAsTheFileHasThem() {
        String csv = "\uFEFF工号,姓名,居民身份证号码,用户名\r\nE1,\"王, 建国\",320102198503071513,wang-e1\r\n\r\n"
                + "E2,\"李\"\"二\"\"\nX\",,li-e2\r\nE3,张三,,zhang-e3";

        List<ImportRow> rows = employees(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(3, rows.size());
        assertEquals("王, 建国", rows.get(0).get("name"));
        assertEquals(2, rows.get(0).line());
        assertEquals("李\"二\"\nX", rows.get(1).get("name"));
        assertEquals(4, rows.get(1).line());
        assertEquals(6, rows.get(2).line());
        assertEquals("zhang-e3", rows.get(2).get("username"));
        assertEquals("320102198503071513", rows.get(0).get("idNumber"));
    }

    @Test
    void aFileExcelSavedInGb18030ReadsTheSame() {
        byte[] gbk = "username,name,employeeNumber,idNumber\nwang-e1,王建国,E1,\n".getBytes(Charset.forName("GB18030"));

        assertEquals("王建国", employees(gbk).get(0).get("name"));
    }

    @Test
    void unknownAndMissingColumnsAreNamedAndTooManyRowsAre413() {
        ApiException columns = assertThrows(
                ApiException.class, () -> employees("用户名,姓名,部门\nx,y,z\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, columns.status());
        assertEquals(3, columns.toProblem().errors().size(), "部门 unknown, 工号 and 居民身份证号码 missing");

        StringBuilder many = new StringBuilder("username,name,employeeNumber,idNumber\n");
        for (int i = 0; i < 101; i++) {
            many.append("u").append(i).append(",n,E").append(i).append(",\n");
        }
        assertEquals(
                413,
                assertThrows(ApiException.class, () -> employees(many.toString().getBytes(StandardCharsets.UTF_8)))
                        .status());
    }
}
