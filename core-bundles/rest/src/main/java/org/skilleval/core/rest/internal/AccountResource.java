package org.skilleval.core.rest.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.Page;

/**
 * Delegated administration of accounts: the province manages province, city and expert accounts,
 * a city the HR accounts of its enterprises and its experts' accounts, HR its employees' accounts.
 * Accounts outside the caller's scope answer 404. A one-time password is in the answer of a
 * creation or reset only: the platform keeps its hash.
 */
@Component(service = ApiResource.class)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class AccountResource implements ApiResource {

    /**
     * An account as the API shows it: never a password or its hash, the ID number of an applicant
     * masked (first 4 and last 2 characters).
     */
    record Account(
            String username,
            String displayName,
            String role,
            String city,
            String creditCode,
            String employeeNumber,
            String expertId,
            boolean enabled,
            boolean mustChangePassword,
            String createdBy,
            Instant createdAt,
            String idNumber) {

        static Account of(AccountRecord account) {
            boolean applicant = account.role().equals("applicant");
            boolean expert = account.role().equals("expert");
            return new Account(
                    account.username(),
                    account.displayName(),
                    account.role(),
                    account.cityCode(),
                    account.creditCode(),
                    applicant ? account.subject() : "",
                    expert ? account.subject() : "",
                    account.enabled(),
                    account.mustChangePassword(),
                    account.createdBy(),
                    account.createdAt(),
                    account.maskedIdNumber());
        }
    }

    /** An account with the one-time password to hand to its user. */
    record Issued(Account account, String oneTimePassword) {

        static Issued of(IssuedAccount issued) {
            return new Issued(Account.of(issued.account()), issued.oneTimePassword());
        }
    }

    record NewAccountRequest(
            String username,
            String displayName,
            String role,
            String city,
            String creditCode,
            String employeeNumber,
            String expertId,
            String idNumber) {}

    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public PageBody<Account> list(
            @Context SecurityContext security,
            @QueryParam("role") String role,
            @QueryParam("city") String city,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Page<AccountRecord> page =
                accounts.list(Requests.caller(security), role, city, paging.offset(), paging.limit());
        return PageBody.of(page, Account::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, NewAccountRequest request) {
        if (request == null) {
            throw ApiException.invalidRequest(
                    List.of(new FieldError("", "required", LocalizedMessage.of("请求体不能为空", "A JSON body is required"))));
        }
        IssuedAccount issued = accounts.create(
                Requests.caller(security),
                new NewAccount(
                        request.username(),
                        request.displayName(),
                        request.role(),
                        request.city(),
                        request.creditCode(),
                        request.employeeNumber(),
                        request.expertId(),
                        request.idNumber()));
        return Response.created(URI.create("accounts/" + issued.account().username()))
                .entity(Issued.of(issued))
                .build();
    }

    @GET
    @Path("{username}")
    public Account get(@Context SecurityContext security, @PathParam("username") String username) {
        return Account.of(accounts.find(Requests.caller(security), username));
    }

    /** A new one-time password; every token of the account ends. */
    @POST
    @Path("{username}/password-reset")
    public Issued reset(@Context SecurityContext security, @PathParam("username") String username) {
        return Issued.of(accounts.resetPassword(Requests.caller(security), username));
    }

    /** Disables the account (every token of it ends); it is kept, never deleted. */
    @POST
    @Path("{username}/disable")
    public Account disable(@Context SecurityContext security, @PathParam("username") String username) {
        return Account.of(accounts.setEnabled(Requests.caller(security), username, false));
    }

    @POST
    @Path("{username}/enable")
    public Account enable(@Context SecurityContext security, @PathParam("username") String username) {
        return Account.of(accounts.setEnabled(Requests.caller(security), username, true));
    }
}
