package org.skilleval.core.rest.internal;

import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.rules.ApplicationForm;

/**
 * Checks a 申报表 as it is being typed, storing nothing: the same field rules submission applies
 * (ID number and its check digit, birth month against the ID number, lengths, dates, e-mail,
 * phone…) on the platform's today, so a form can say what is wrong before it is sent, without the
 * rules being written a second time in a browser. Submission still checks everything again, plus
 * what needs stored data (attachments, the plan's occupations, sanctions).
 */
@Component(service = ApiResource.class)
@Path("applications/form-check")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"applicant", "enterprise"})
public class ApplicationFormCheckResource implements ApiResource {

    record FormCheck(ApplicationForm form) {}

    /**
     * @param complete whether the form would pass these checks
     * @param violations each problem, its field named as submission names it ({@code form.<field>})
     */
    record Outcome(boolean complete, List<FieldError> violations) {}

    private final ApplicationService applications;

    @Activate
    public ApplicationFormCheckResource(@Reference ApplicationService applications) {
        this.applications = applications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Outcome check(@Context SecurityContext security, FormCheck request) {
        if (request == null || request.form() == null) {
            throw ApiException.invalidRequest(
                    List.of(new FieldError("form", "required", LocalizedMessage.of("请填写申报表", "form is required"))));
        }
        List<FieldError> violations = applications.checkForm(Requests.caller(security), request.form()).stream()
                .map(FieldError::of)
                .toList();
        return new Outcome(violations.isEmpty(), violations);
    }
}
