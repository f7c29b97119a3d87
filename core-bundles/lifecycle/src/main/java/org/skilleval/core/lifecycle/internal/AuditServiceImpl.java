package org.skilleval.core.lifecycle.internal;

import java.util.Optional;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditAnchor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.AuditService;
import org.skilleval.core.persistence.AuditTrail;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private final AuditTrail audit;

    @Activate
    public AuditServiceImpl(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Page<AuditEvent> trail(Caller caller, String objectType, String objectId, int offset, int limit) {
        caller.requireAny(Role.PROVINCE);
        if (!OBJECT_TYPES.contains(objectType)) {
            String known = String.join(", ", new TreeSet<>(OBJECT_TYPES));
            throw new RuleViolationException(
                    "objectType", "one-of", "objectType 须为以下之一：" + known, "objectType must be one of: " + known);
        }
        return audit.of(objectType, objectId, offset, limit);
    }

    @Override
    public AuditVerification verify(Caller caller) {
        caller.requireAny(Role.PROVINCE);
        return audit.verify();
    }

    @Override
    public Optional<AuditAnchor> anchor(Caller caller) {
        caller.requireAny(Role.PROVINCE);
        return audit.anchor();
    }
}
