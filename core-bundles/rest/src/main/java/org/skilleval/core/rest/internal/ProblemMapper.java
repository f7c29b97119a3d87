package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DatabaseUnavailableException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.TextRules;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.plugin.api.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's one exception mapper: refusals become 4xx problems that say what is wrong, logged in one
 * line without a stack trace (conflicts at INFO, the rest at DEBUG); anything unexpected is logged
 * once in full under an incident id and becomes a 500 that gives the client that id and nothing
 * internal. Every body is bounded ({@link ProblemDetails#bounded()}).
 */
class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    /** How soon a client may try again when the database did not answer. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ApiException api) {
            Response answer = refusal(api.status(), api.toProblem(), exception);
            return api.retryAfterSeconds() > 0
                    ? Response.fromResponse(answer)
                            .header("Retry-After", Long.toString(api.retryAfterSeconds()))
                            .build()
                    : answer;
        }
        if (exception instanceof org.skilleval.core.accounts.ImportRejectedException rejected) {
            List<FieldError> errors = rejected.errors().stream()
                    .map(e -> new FieldError(
                            "line " + e.line() + (e.field().isEmpty() ? "" : ": " + e.field()),
                            e.rule(),
                            LocalizedMessage.of(
                                    "第 " + e.line() + " 行" + columnHeader(e.field()) + "：" + e.messageZh(),
                                    "line " + e.line() + (e.field().isEmpty() ? "" : ", " + e.field()) + ": "
                                            + e.messageEn())))
                    .toList();
            return refusal(
                    422,
                    ProblemDetails.of(
                            422,
                            "import-rejected",
                            LocalizedMessage.of("导入文件有误，未导入任何数据", "Import refused; nothing was imported"),
                            LocalizedMessage.of(
                                    "文件中有 " + errors.size() + " 处错误，详见 errors；改正后请重新导入整个文件",
                                    errors.size()
                                            + " bad cell(s), listed in errors; correct them and import the whole file again"),
                            errors),
                    exception);
        }
        if (exception instanceof InvalidInputException invalid) {
            List<FieldError> errors =
                    invalid.violations().stream().map(FieldError::of).toList();
            return refusal(
                    422,
                    ProblemDetails.of(
                            422,
                            "invalid-input",
                            LocalizedMessage.of("输入不符合规则", "Input breaks a rule"),
                            LocalizedMessage.of(
                                    "输入有 " + errors.size() + " 处不符合规则，请逐项查看",
                                    errors.size() + " rule(s) broken; see errors"),
                            errors),
                    exception);
        }
        if (exception instanceof DatabaseUnavailableException) {
            // Clients and load balancers retry a 503 with Retry-After; the platform reconnects by itself.
            Response answer = refusal(
                    503,
                    ProblemDetails.of(
                            503,
                            "database-unavailable",
                            LocalizedMessage.of("数据库暂不可用", "Database unavailable"),
                            LocalizedMessage.of(
                                    "数据库暂时无法访问，本次请求未获确认；请稍后重试",
                                    "The database cannot be reached; this request was not confirmed. Try again shortly"),
                            List.of()),
                    exception);
            return Response.fromResponse(answer)
                    .header("Retry-After", Long.toString(DATABASE_RETRY_AFTER_SECONDS))
                    .build();
        }
        if (exception instanceof PluginFault fault) {
            return pluginFault(fault);
        }
        if (exception instanceof RuleViolationException rule) {
            return refusal(
                    422,
                    ProblemDetails.of(
                            422,
                            "rule-violation",
                            LocalizedMessage.of("不符合评聘规则", "Breaks a rule of the programme"),
                            LocalizedMessage.of(rule.messageZh(), rule.messageEn()),
                            List.of(fieldError(rule))),
                    exception);
        }
        if (exception instanceof AccessDeniedException) {
            return refusal(
                    403,
                    ProblemDetails.of(
                            403,
                            "forbidden",
                            LocalizedMessage.of("无权访问", "Forbidden"),
                            LocalizedMessage.of("您的角色或管辖范围不允许此操作", "Your role or scope does not allow this"),
                            List.of()),
                    exception);
        }
        if (exception instanceof NotFoundException missing) {
            return refusal(404, notFound(missing), exception);
        }
        if (exception instanceof ConflictException conflict) {
            boolean stale = conflict.kind() == ConflictException.Kind.STALE_VERSION;
            return refusal(
                    409,
                    ProblemDetails.of(
                            409,
                            stale ? "stale-version" : "duplicate",
                            stale
                                    ? LocalizedMessage.of("数据已被他人修改", "Changed by someone else")
                                    : LocalizedMessage.of("记录已存在", "Already exists"),
                            stale
                                    ? LocalizedMessage.of(
                                            "您读取后该记录已被修改，请重新读取后再提交；未做任何更改",
                                            "The record changed since you read it; read it again and resubmit."
                                                    + " Nothing was changed")
                                    : LocalizedMessage.of(
                                            conflict.messageZh() + "；未做任何更改",
                                            conflict.messageEn() + ". Nothing was changed"),
                            List.of()),
                    exception);
        }
        if (exception instanceof JsonProcessingException json) {
            ApiException problem = JsonProblems.of(json);
            return refusal(problem.status(), problem.toProblem(), exception);
        }
        if (exception instanceof WebApplicationException web) {
            if (web.getCause() instanceof JsonProcessingException json) {
                return toResponse(json);
            }
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(exception);
            }
            return refusal(status, fromStatus(status), exception);
        }
        return unexpected(exception);
    }

    private static ProblemDetails notFound(NotFoundException missing) {
        LocalizedMessage kind = ObjectNames.of(missing.objectType());
        LocalizedMessage detail = missing.whichZh() != null
                ? LocalizedMessage.of("没有" + missing.whichZh() + kind.zh(), "No " + kind.en() + " " + missing.whichEn())
                : LocalizedMessage.of(
                        "没有编号为 " + TextRules.excerpt(missing.objectId()) + " 的" + kind.zh(),
                        "No " + kind.en() + " " + TextRules.excerpt(missing.objectId()));
        return ProblemDetails.of(404, "not-found", LocalizedMessage.of("未找到", "Not found"), detail, List.of());
    }

    private Response unexpected(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: unexpected error serving {}", incident, requestLine(), exception);
        ProblemDetails problem = ProblemDetails.of(
                        500,
                        "internal-error",
                        LocalizedMessage.of("服务器内部错误", "Internal error"),
                        LocalizedMessage.of(
                                "服务器处理请求时出错，已记录日志；联系运维时请提供事件编号 " + incident,
                                "The server failed to handle the request and logged it; quote incident " + incident
                                        + " to the operators"),
                        List.of())
                .withIncident(incident);
        return answer(500, problem);
    }

    private Response refusal(int status, ProblemDetails problem, Throwable exception) {
        if (status >= 500) {
            // An expected 5xx (the database is down, a plugin is busy): one line, the cause's class.
            LOG.warn(
                    "{} {} on {}: {} ({})",
                    status,
                    problem.type(),
                    requestLine(),
                    problem.detail(),
                    exception.getClass().getSimpleName());
        } else {
            logRefusal(status, problem);
        }
        return answer(status, problem);
    }

    private void logRefusal(int status, ProblemDetails problem) {
        if (status == 409 || status == 503) {
            LOG.info("{} {} on {}: {}", status, problem.type(), requestLine(), TextRules.excerpt(problem.detail()));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} on {}: {}", status, problem.type(), requestLine(), TextRules.excerpt(problem.detail()));
        }
    }

    private String requestLine() {
        try {
            return request.getMethod() + " /" + TextRules.excerpt(uri.getPath());
        } catch (RuntimeException | LinkageError e) {
            // Outside a request (a unit test calling the mapper directly) there is none.
            return "a request";
        }
    }

    /**
     * A plugin's failure is the platform's, not the caller's: a 5xx whose title says the plugin
     * failed, so that neither the caller nor a monitor mistakes it for a broken rule. Only a busy
     * plugin invites a retry; a stuck one needs an operator, and retrying would only add load.
     */
    private Response pluginFault(PluginFault fault) {
        int status;
        LocalizedMessage title;
        boolean retrySoon = false;
        if (fault instanceof PluginFault.Busy) {
            status = 503;
            title = LocalizedMessage.of("插件繁忙", "Plugin busy");
            retrySoon = true;
        } else if (fault instanceof PluginFault.Stuck) {
            status = 503;
            title = LocalizedMessage.of("插件已停止响应，需运维人员处理", "Plugin stuck; an operator must restart it");
        } else if (fault instanceof PluginFault.Unavailable) {
            status = 503;
            title = LocalizedMessage.of("插件不可用", "Plugin unavailable");
        } else if (fault instanceof PluginFault.Timeout) {
            status = 504;
            title = LocalizedMessage.of("插件超时", "Plugin timed out");
        } else {
            // PluginFault.Failed, the last kind of the sealed hierarchy.
            status = 502;
            title = LocalizedMessage.of("插件运行失败", "Plugin failed");
        }
        ProblemDetails problem = ProblemDetails.of(
                status,
                fault.rule(),
                title,
                LocalizedMessage.of(fault.messageZh(), fault.messageEn()),
                List.of(fieldError(fault)));
        Response response = refusal(status, problem, fault);
        return retrySoon
                ? Response.fromResponse(response).header("Retry-After", "1").build()
                : response;
    }

    private static FieldError fieldError(RuleViolationException rule) {
        return new FieldError(
                rule.field() == null ? "" : rule.field(),
                rule.rule(),
                LocalizedMessage.of(rule.messageZh(), rule.messageEn()));
    }

    private static ProblemDetails fromStatus(int status) {
        return switch (status) {
            case 404 -> ProblemDetails.of(
                    404,
                    "not-found",
                    LocalizedMessage.of("未找到", "Not found"),
                    LocalizedMessage.of("没有这个资源", "No such resource"),
                    List.of());
            case 405 -> ProblemDetails.of(
                    405,
                    "method-not-allowed",
                    LocalizedMessage.of("不支持该请求方法", "Method not allowed"),
                    LocalizedMessage.of("该资源不支持此 HTTP 方法", "The resource does not support this HTTP method"),
                    List.of());
            case 406 -> ProblemDetails.of(
                    406,
                    "not-acceptable",
                    LocalizedMessage.of("无法提供所需格式", "Not acceptable"),
                    LocalizedMessage.of("本接口只提供 JSON", "This API answers in JSON only"),
                    List.of());
            case 413 -> ProblemDetails.of(
                    413,
                    "request-too-large",
                    LocalizedMessage.of("请求体过大", "Request body too large"),
                    LocalizedMessage.of("请求体超过了允许的大小", "The request body is larger than allowed"),
                    List.of());
            case 415 -> ProblemDetails.of(
                    415,
                    "unsupported-media-type",
                    LocalizedMessage.of("不支持的内容类型", "Unsupported media type"),
                    LocalizedMessage.of("不接受此类型的请求体", "This type of request body is not accepted here"),
                    List.of());
            default -> ProblemDetails.of(
                    status,
                    "http-" + status,
                    LocalizedMessage.of("请求失败", "Request failed"),
                    LocalizedMessage.of("请求失败，状态码 " + status, "HTTP status " + status),
                    List.of());
        };
    }

    private static Response answer(int status, ProblemDetails problem) {
        return Response.status(status)
                .type(ProblemDetails.MEDIA_TYPE)
                .entity(problem.bounded())
                .build();
    }

    /** The Chinese header of an import column, as the template names it, e.g. 「居民身份证号码」. */
    private static String columnHeader(String key) {
        return java.util.stream.Stream.concat(
                        org.skilleval.core.accounts.AccountImportService.EMPLOYEE_COLUMNS.stream(),
                        org.skilleval.core.accounts.AccountImportService.EXPERT_COLUMNS.stream())
                .filter(c -> c.key().equals(key))
                .findFirst()
                .map(c -> "「" + c.header() + "」")
                .orElse("");
    }
}
