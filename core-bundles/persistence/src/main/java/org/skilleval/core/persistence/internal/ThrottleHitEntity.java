package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One counted hit of a throttled key (a failed sign-in, an objection), forgotten after its window. */
@Entity
@Table(
        name = "THROTTLE_HIT",
        indexes = {
            @Index(name = "IDX_THROTTLE_HIT_KEY", columnList = "THROTTLE_KEY,HIT_AT"),
            @Index(name = "IDX_THROTTLE_HIT_AT", columnList = "HIT_AT")
        })
public class ThrottleHitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "THROTTLE_KEY", nullable = false, length = JpaThrottleStore.MAX_KEY)
    private String throttleKey;

    @Column(name = "HIT_AT", nullable = false)
    private Instant hitAt;

    protected ThrottleHitEntity() {
        // for JPA
    }

    ThrottleHitEntity(String throttleKey, Instant hitAt) {
        this.throttleKey = throttleKey;
        this.hitAt = hitAt;
    }
}
