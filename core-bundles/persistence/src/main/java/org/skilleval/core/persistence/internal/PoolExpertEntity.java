package org.skilleval.core.persistence.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.PoolExpertRecord;

@Entity
@Table(
        name = "POOL_EXPERT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_POOL_EXPERT_ID", columnNames = "EXPERT_ID"),
        indexes = @Index(name = "IDX_POOL_EXPERT_CITY", columnList = "CITY_CODE,OCCUPATION"))
public class PoolExpertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "EXPERT_ID", nullable = false, length = 64)
    private String expertId;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "OCCUPATION", nullable = false, length = 100)
    private String occupation;

    @Column(name = "ORGANISATION", nullable = false, length = 200)
    private String organisation;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    /** The declared relations as a JSON list: nothing queries inside them. */
    @Lob
    @Column(name = "RELATIONS")
    private String relations;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    protected PoolExpertEntity() {
        // for JPA
    }

    PoolExpertEntity(PoolExpertRecord expert) {
        this.expertId = expert.expertId();
        this.name = expert.name();
        this.occupation = expert.occupation();
        this.organisation = expert.organisation();
        this.title = expert.title();
        this.cityCode = expert.cityCode();
        this.relations = JsonDocuments.write(expert.relations());
        this.enabled = expert.enabled();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    PoolExpertRecord toRecord() {
        List<PoolExpertRecord.DeclaredRelation> declared = JsonDocuments.read(relations, RELATIONS);
        return new PoolExpertRecord(
                id, version, expertId, name, occupation, organisation, title, cityCode, declared, enabled);
    }

    private static final TypeReference<List<PoolExpertRecord.DeclaredRelation>> RELATIONS = new TypeReference<>() {};
}
