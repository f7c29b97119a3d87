package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.AccountImportService;
import org.skilleval.core.accounts.AccountImportService.Column;
import org.skilleval.core.accounts.ImportRow;
import org.skilleval.core.documents.TableFiles;

/**
 * Bulk imports from CSV or Excel, all or nothing: HR imports its employees' accounts, the
 * province or a city experts into the pool; the templates to fill in.
 */
@Component(service = ApiResource.class)
@Path("imports")
public class AccountImportResource implements ApiResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** 20,000 rows of a few short columns fit in a few MB; anything larger is no such file. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    record ImportedAccount(String username, String employeeNumber, String oneTimePassword) {}

    record ImportedAccounts(int imported, List<ImportedAccount> accounts) {}

    record ImportedExperts(int imported, List<String> expertIds) {}

    private final AccountImportService imports;
    private final TableFiles tables;

    @Activate
    public AccountImportResource(@Reference AccountImportService imports, @Reference TableFiles tables) {
        this.imports = imports;
        this.tables = tables;
    }

    @POST
    @Path("employees")
    @Consumes({CSV, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response importEmployees(@Context SecurityContext security, @Context HttpHeaders headers, byte[] file) {
        List<ImportRow> rows = rows(headers, file, AccountImportService.EMPLOYEE_COLUMNS);
        List<ImportedAccount> created = new ArrayList<>();
        for (var issued : imports.importEmployees(Requests.caller(security), rows)) {
            created.add(new ImportedAccount(
                    issued.account().username(), issued.account().subject(), issued.oneTimePassword()));
        }
        return Response.status(201)
                .entity(new ImportedAccounts(created.size(), created))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("experts")
    @Consumes({CSV, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province", "city"})
    public Response importExperts(@Context SecurityContext security, @Context HttpHeaders headers, byte[] file) {
        List<ImportRow> rows = rows(headers, file, AccountImportService.EXPERT_COLUMNS);
        List<String> ids = imports.importExperts(Requests.caller(security), rows).stream()
                .map(e -> e.expertId())
                .toList();
        return Response.status(201)
                .entity(new ImportedExperts(ids.size(), ids))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("employees/template.{format:csv|xlsx}")
    @RolesAllowed("enterprise")
    public Response employeeTemplate(@PathParam("format") String format) {
        return template(
                format,
                "员工账号导入模板",
                AccountImportService.EMPLOYEE_COLUMNS,
                List.of("wang-e1001", "王建国", "E1001", "320102198503071513"));
    }

    @GET
    @Path("experts/template.{format:csv|xlsx}")
    @RolesAllowed({"province", "city"})
    public Response expertTemplate(@PathParam("format") String format) {
        return template(
                format,
                "专家库导入模板",
                AccountImportService.EXPERT_COLUMNS,
                List.of("NJ-EXP-06", "钱立群", "车工", "南京某职业技术大学", "教授", "3201"));
    }

    private Response template(String format, String name, List<Column> columns, List<String> example) {
        List<String> header = columns.stream().map(Column::header).toList();
        byte[] content;
        String type;
        if ("xlsx".equals(format)) {
            content = tables.writeXlsx(name, header, List.of(example));
            type = XLSX;
        } else {
            // A BOM, so that Excel opens the UTF-8 text as UTF-8.
            content = ("\uFEFF" + String.join(",", header) + "\r\n" + String.join(",", example) + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            type = CSV + ";charset=UTF-8";
        }
        return Response.ok(content, type)
                .header("Content-Disposition", AttachmentResource.contentDisposition("attachment", name + "." + format))
                .build();
    }

    private List<ImportRow> rows(HttpHeaders headers, byte[] file, List<Column> columns) {
        if (file == null || file.length == 0) {
            throw ApiException.invalidRequest(
                    List.of(new FieldError("", "required", LocalizedMessage.of("请上传导入文件", "Upload the import file"))));
        }
        if (file.length > MAX_BYTES) {
            throw ImportTable.tooLarge("最大 8 MB", "at most 8 MB");
        }
        List<Map.Entry<Integer, List<String>>> records;
        if (headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(XLSX))) {
            try {
                records = ImportTable.numbered(tables.readXlsx(file, AccountImportService.MAX_ROWS + 100));
            } catch (TableFiles.UnreadableTableException e) {
                throw ApiException.invalidRequest(List.of(new FieldError(
                        "",
                        "unreadable",
                        LocalizedMessage.of(
                                "无法读取电子表格文件（须为新版电子表格格式，且不超过 " + AccountImportService.MAX_ROWS + " 行）",
                                "The file is no readable .xlsx workbook of at most " + AccountImportService.MAX_ROWS
                                        + " rows"))));
            }
        } else {
            records = ImportTable.parseCsv(file);
        }
        return ImportTable.rows(records, columns, AccountImportService.MAX_ROWS);
    }
}
