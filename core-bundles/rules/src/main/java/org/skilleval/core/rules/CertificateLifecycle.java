package org.skilleval.core.rules;

import static org.skilleval.core.rules.CertificateStatus.*;

import java.util.EnumSet;

/** The lifecycle of a 特级技师 certificate. */
public final class CertificateLifecycle {

    /** The table. */
    public static final StateMachine<CertificateStatus> MACHINE = StateMachine.of(
                    CertificateStatus.class, "certificate", "证书")
            .state(VALID, "有效")
            .state(REVOKED, "已撤销")
            .creating("issue", VALID)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.CERTIFICATION)
            .and()
            .on("revoke", EnumSet.of(VALID), REVOKED)
            .by(Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<CertificateStatus> ISSUE = MACHINE.transition("issue");
    public static final StateMachine.Transition<CertificateStatus> REVOKE = MACHINE.transition("revoke");

    private CertificateLifecycle() {}
}
