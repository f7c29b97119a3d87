package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A token signed out before its expiry; forgotten once it would have expired anyway. */
@Entity
@Table(name = "REVOKED_TOKEN", indexes = @Index(name = "IDX_REVOKED_TOKEN_EXP", columnList = "EXPIRES_AT"))
public class RevokedTokenEntity {

    @Id
    @Column(name = "TOKEN_ID", length = 64)
    private String tokenId;

    @Column(name = "USERNAME", nullable = false, length = 128)
    private String username;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected RevokedTokenEntity() {
        // for JPA
    }

    RevokedTokenEntity(String tokenId, String username, Instant expiresAt) {
        this.tokenId = tokenId;
        this.username = username;
        this.expiresAt = expiresAt;
    }

    String tokenId() {
        return tokenId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
