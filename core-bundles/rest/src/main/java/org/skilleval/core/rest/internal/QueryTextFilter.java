package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.TextRules;

/**
 * Holds every query parameter of every endpoint to the text rule of names and codes: a filter,
 * search term or id in a query is one line of visible text, so a control, bidi-override or
 * zero-width character or a lone surrogate in it is refused with 400 {@code unsafe-character}, as
 * in a request body, whichever endpoint it is sent to and whether or not the endpoint reads it.
 * Runs after authentication and the role check, so that an anonymous caller learns nothing more.
 */
@Priority(Priorities.USER)
class QueryTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters().entrySet()) {
            String name = TextRules.withoutUnsafe(TextRules.excerpt(parameter.getKey()));
            for (String value : List.of(parameter.getKey(), String.join("", parameter.getValue()))) {
                try {
                    TextRules.clean(value, TextRules.Kind.NAME_OR_CODE, name);
                } catch (RuleViolationException unsafe) {
                    errors.add(new FieldError(
                            name, unsafe.rule(), LocalizedMessage.of(unsafe.messageZh(), unsafe.messageEn())));
                    break;
                }
            }
        }
        Requests.throwIfAny(errors);
    }
}
