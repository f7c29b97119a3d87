package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** That an expert sits on a panel: what "the panels an expert sits on" is looked up by. */
@Entity
@Table(
        name = "PANEL_SEAT",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_SEAT",
                        columnNames = {"PANEL_ID", "EXPERT_ID"}),
        indexes = @Index(name = "IDX_SEAT_EXPERT", columnList = "EXPERT_ID,PANEL_ID"))
public class PanelSeatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "PANEL_ID", nullable = false)
    private long panelId;

    @Column(name = "EXPERT_ID", nullable = false, length = 64)
    private String expertId;

    protected PanelSeatEntity() {
        // for JPA
    }

    PanelSeatEntity(long panelId, String expertId) {
        this.panelId = panelId;
        this.expertId = expertId;
    }
}
