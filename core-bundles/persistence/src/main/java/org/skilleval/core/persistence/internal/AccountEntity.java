package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.persistence.AccountCredentials;

@Entity
@Table(
        name = "ACCOUNT",
        uniqueConstraints = {
            @UniqueConstraint(name = "UQ_ACCOUNT_USERNAME", columnNames = "USERNAME"),
            // One account per employee and per expert; NULL for the roles without a subject.
            @UniqueConstraint(name = "UQ_ACCOUNT_SUBJECT", columnNames = "SUBJECT_KEY")
        },
        indexes = {
            @Index(name = "IDX_ACCOUNT_CITY", columnList = "CITY_CODE,ROLE_NAME"),
            @Index(name = "IDX_ACCOUNT_CREDIT", columnList = "CREDIT_CODE,ROLE_NAME")
        })
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    private String displayName;

    @Column(name = "ROLE_NAME", nullable = false, length = 16)
    private String role;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "SUBJECT", nullable = false, length = 64)
    private String subject;

    @Column(name = "SUBJECT_KEY", length = 100)
    private String subjectKey;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "TOKEN_EPOCH", nullable = false)
    private long tokenEpoch;

    @Column(name = "CREATED_BY", nullable = false, length = 128)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    // Nullable: accounts made before applicants carried an ID number have none.
    @Column(name = "ID_NUMBER", length = 18)
    private String idNumber;

    protected AccountEntity() {
        // for JPA
    }

    AccountEntity(AccountCredentials credentials) {
        AccountRecord account = credentials.account();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.cityCode = account.cityCode();
        this.creditCode = account.creditCode();
        this.subject = account.subject();
        this.subjectKey = subjectKey(account.role(), account.creditCode(), account.subject());
        this.passwordHash = credentials.passwordHash();
        this.enabled = account.enabled();
        this.mustChangePassword = account.mustChangePassword();
        this.tokenEpoch = account.tokenEpoch();
        this.createdBy = account.createdBy();
        this.createdAt = account.createdAt();
        this.idNumber = account.idNumber().isEmpty() ? null : account.idNumber();
    }

    /** The key that makes an employee's or an expert's account unique; {@code null} for other roles. */
    static String subjectKey(String role, String creditCode, String subject) {
        return subject == null || subject.isEmpty() ? null : role + ":" + creditCode + ":" + subject;
    }

    void apply(AccountRecord changed, String newPasswordHash) {
        this.enabled = changed.enabled();
        this.mustChangePassword = changed.mustChangePassword();
        this.tokenEpoch = changed.tokenEpoch();
        if (newPasswordHash != null) {
            this.passwordHash = newPasswordHash;
        }
    }

    AccountRecord toRecord() {
        return new AccountRecord(
                id,
                version,
                username,
                displayName,
                role,
                cityCode,
                creditCode,
                subject,
                enabled,
                mustChangePassword,
                tokenEpoch,
                createdBy,
                createdAt,
                idNumber);
    }

    AccountCredentials toCredentials() {
        return new AccountCredentials(toRecord(), passwordHash);
    }
}
