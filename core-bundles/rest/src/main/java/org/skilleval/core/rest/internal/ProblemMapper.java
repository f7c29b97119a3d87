package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.lifecycle.PluginFault;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.plugin.api.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's one exception mapper: refusals become 4xx problems that say what is wrong; anything
 * unexpected is logged once and becomes a 500 that reveals nothing internal.
 */
class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ApiException api) {
            Response answer = answer(api.status(), api.toProblem());
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
                                    "第 " + e.line() + " 行：" + e.messageZh(),
                                    "line " + e.line() + ": " + e.messageEn())))
                    .toList();
            return answer(
                    422,
                    ProblemDetails.of(
                            422,
                            "import-rejected",
                            LocalizedMessage.of("导入文件有误，未导入任何数据", "Import refused; nothing was imported"),
                            LocalizedMessage.of(
                                    "文件中有 " + errors.size() + " 处错误，详见 errors；改正后请重新导入整个文件",
                                    errors.size()
                                            + " bad cell(s), listed in errors; correct them and import the whole file again"),
                            errors));
        }
        if (exception instanceof InvalidInputException invalid) {
            List<FieldError> errors = invalid.violations().stream()
                    .map(v -> new FieldError(
                            v.field(),
                            v.rule(),
                            LocalizedMessage.of(v.message().zh(), v.message().en())))
                    .toList();
            return answer(
                    422,
                    ProblemDetails.of(
                            422,
                            "invalid-input",
                            LocalizedMessage.of("输入不符合规则", "Input breaks a rule"),
                            LocalizedMessage.of(
                                    "输入有 " + errors.size() + " 处不符合规则，详见 errors",
                                    errors.size() + " rule(s) broken; see errors"),
                            errors));
        }
        if (exception instanceof PluginFault fault) {
            return pluginFault(fault);
        }
        if (exception instanceof RuleViolationException rule) {
            return answer(
                    422,
                    ProblemDetails.of(
                            422,
                            "rule-violation",
                            LocalizedMessage.of("不符合评聘规则", "Breaks a rule of the programme"),
                            LocalizedMessage.of(rule.messageZh(), rule.messageEn()),
                            List.of(fieldError(rule))));
        }
        if (exception instanceof AccessDeniedException) {
            return answer(
                    403,
                    ProblemDetails.of(
                            403,
                            "forbidden",
                            LocalizedMessage.of("无权访问", "Forbidden"),
                            LocalizedMessage.of("您的角色或管辖范围不允许此操作", "Your role or scope does not allow this"),
                            List.of()));
        }
        if (exception instanceof NotFoundException missing) {
            return answer(
                    404,
                    ProblemDetails.of(
                            404,
                            "not-found",
                            LocalizedMessage.of("未找到", "Not found"),
                            LocalizedMessage.of(
                                    "没有这个" + missing.objectType() + "：" + missing.objectId(),
                                    "No " + missing.objectType() + " " + missing.objectId()),
                            List.of()));
        }
        if (exception instanceof ConflictException conflict) {
            boolean stale = conflict.kind() == ConflictException.Kind.STALE_VERSION;
            return answer(
                    409,
                    ProblemDetails.of(
                            409,
                            stale ? "stale-version" : "duplicate",
                            LocalizedMessage.of(
                                    stale ? "数据已被他人修改" : "记录已存在", stale ? "Changed by someone else" : "Already exists"),
                            stale
                                    ? LocalizedMessage.of(
                                            "您读取后该记录已被修改，请重新读取后再提交；未做任何更改",
                                            "The record changed since you read it; read it again and resubmit. Nothing was changed")
                                    : LocalizedMessage.of(
                                            "已有相同的记录：" + conflict.getMessage(),
                                            "Already exists: " + conflict.getMessage()),
                            List.of()));
        }
        if (exception instanceof JsonProcessingException json) {
            String field = json instanceof JsonMappingException mapping ? mapping.getPathReference() : "";
            return answer(
                    400,
                    ProblemDetails.of(
                            400,
                            "malformed-json",
                            LocalizedMessage.of("请求体不是有效的 JSON", "The request body is not valid JSON"),
                            LocalizedMessage.of(
                                    "请求体无法解析：" + json.getOriginalMessage(),
                                    "The request body cannot be read: " + json.getOriginalMessage()),
                            List.of(new FieldError(
                                    field == null ? "" : field, "json", LocalizedMessage.of("格式错误", "malformed")))));
        }
        if (exception instanceof WebApplicationException web) {
            if (web.getCause() instanceof JsonProcessingException json) {
                return toResponse(json);
            }
            return answer(
                    web.getResponse().getStatus(), fromStatus(web.getResponse().getStatus()));
        }
        LOG.error("Unexpected error while serving an API request", exception);
        return answer(
                500,
                ProblemDetails.of(
                        500,
                        "internal-error",
                        LocalizedMessage.of("服务器内部错误", "Internal error"),
                        LocalizedMessage.of(
                                "服务器处理请求时出错，已记录日志", "The server failed to handle the request; it has been logged"),
                        List.of()));
    }

    /**
     * A plugin's failure is the platform's, not the caller's: a 5xx whose title says the plugin
     * failed, so that neither the caller nor a monitor mistakes it for a broken rule. Only a busy
     * plugin invites a retry; a stuck one needs an operator, and retrying would only add load.
     */
    private static Response pluginFault(PluginFault fault) {
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
        Response.ResponseBuilder response = Response.status(status)
                .type(ProblemDetails.MEDIA_TYPE)
                .entity(ProblemDetails.of(
                        status,
                        fault.rule(),
                        title,
                        LocalizedMessage.of(fault.messageZh(), fault.messageEn()),
                        List.of(fieldError(fault))));
        if (retrySoon) {
            response.header("Retry-After", "1");
        }
        return response.build();
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
                    LocalizedMessage.of("HTTP 状态 " + status, "HTTP status " + status),
                    List.of());
        };
    }

    private static Response answer(int status, ProblemDetails problem) {
        return Response.status(status)
                .type(ProblemDetails.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
