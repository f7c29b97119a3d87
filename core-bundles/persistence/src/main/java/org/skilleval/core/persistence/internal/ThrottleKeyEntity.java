package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One throttled key: the row its counters lock, so that they count one after another on every node. */
@Entity
@Table(name = "THROTTLE_KEY")
public class ThrottleKeyEntity {

    @Id
    @Column(name = "THROTTLE_KEY", length = JpaThrottleStore.MAX_KEY)
    private String throttleKey;

    protected ThrottleKeyEntity() {
        // for JPA
    }

    ThrottleKeyEntity(String throttleKey) {
        this.throttleKey = throttleKey;
    }
}
