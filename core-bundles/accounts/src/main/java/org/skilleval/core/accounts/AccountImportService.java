package org.skilleval.core.accounts;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.security.Caller;

/**
 * Bulk imports, all or nothing: a file with any bad row imports nothing and every bad cell is
 * listed by line and column. The caller's scope is that of {@link AccountService} and
 * {@link ExpertPoolService}.
 */
@ProviderType
public interface AccountImportService {

    /** The columns of an employee import: key and the Chinese header the template uses. */
    List<Column> EMPLOYEE_COLUMNS = List.of(
            new Column("username", "用户名"),
            new Column("name", "姓名"),
            new Column("employeeNumber", "工号"),
            new Column("idNumber", "居民身份证号码"));

    /** The columns of an expert import. */
    List<Column> EXPERT_COLUMNS = List.of(
            new Column("expertId", "专家编号"),
            new Column("name", "姓名"),
            new Column("occupation", "职业（工种）"),
            new Column("organisation", "工作单位"),
            new Column("title", "职称/职务"),
            new Column("city", "设区市"));

    /** The most data rows one file may hold. */
    int MAX_ROWS = 20_000;

    /** A column of an import file, named in the header row by its key or its Chinese header. */
    record Column(String key, String header) {}

    /**
     * HR creates applicant accounts for its employees, each with a one-time password.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is HR
     * @throws ImportRejectedException listing every bad cell: missing, malformed (an ID number is
     *     checked as {@link org.skilleval.core.rules.ResidentIdNumber} does, check character included),
     *     a user name, employee number or ID number twice in the file or taken already (user names
     *     platform-wide, employee and ID numbers within the enterprise)
     */
    List<IssuedAccount> importEmployees(Caller caller, List<ImportRow> rows);

    /**
     * The province or a city adds experts to the pool (a city's rows are its own; the province's
     * may name a city in column {@code city}).
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province or
     *     a city
     * @throws ImportRejectedException listing every bad cell, including occupations not in the
     *     catalogue
     */
    List<PoolExpertRecord> importExperts(Caller caller, List<ImportRow> rows);
}
