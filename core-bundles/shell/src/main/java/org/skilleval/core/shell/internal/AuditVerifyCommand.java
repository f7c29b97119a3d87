package org.skilleval.core.shell.internal;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.lifecycle.AuditService;
import org.skilleval.core.security.Caller;

@Command(
        scope = "skilleval",
        name = "audit-verify",
        description = "Walks the tamper-evident audit chain and names the first edited, deleted or inserted event")
@Service
public class AuditVerifyCommand implements Action {

    /** The operator at the container's shell acts with the province's authority over the trail. */
    private static final Caller OPERATOR = Caller.fromJaasRoles("operator (shell)", List.of("province"));

    @Reference
    AuditService audit;

    @Option(
            name = "--anchor",
            description = "Also anchor the chain's head now (in the database and the log) when the chain is intact")
    boolean anchor;

    @Override
    public Object execute() {
        AuditVerification verification = audit.verify(OPERATOR);
        print(verification, System.out);
        if (anchor && verification.intact()) {
            audit.anchor(OPERATOR)
                    .ifPresent(a -> System.out.println("Anchored place " + a.seq() + " (" + a.hash() + ")"));
        }
        return null;
    }

    static void print(AuditVerification v, PrintStream out) {
        out.println((v.intact() ? "INTACT" : "BROKEN") + ": " + v.eventsChecked() + " event(s) checked in "
                + v.took().toMillis() + " ms; head at place " + v.headSeq() + " (" + v.headHash() + "); "
                + v.anchorsChecked() + " anchor(s) matched");
        v.firstBroken().ifPresent(b -> {
            out.println("First broken link: place " + b.seq() + (b.eventId() > 0 ? ", event " + b.eventId() : "") + ", "
                    + b.problem());
            out.println("  " + b.messageEn());
            out.println("  " + b.messageZh());
        });
    }
}
