package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
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

    /** The rule of a plugin call refused because the plugin's queue is full. */
    static final String PLUGIN_BUSY = "plugin-busy";

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ApiException api) {
            return answer(api.status(), api.toProblem());
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
        if (exception instanceof RuleViolationException rule) {
            String field = rule.field() == null ? "" : rule.field();
            List<FieldError> errors = List.of(
                    new FieldError(field, rule.rule(), LocalizedMessage.of(rule.messageZh(), rule.messageEn())));
            if (PLUGIN_BUSY.equals(rule.rule())) {
                // A plugin whose queue is full is a passing overload of the server, neither the
                // caller's fault nor too many requests of theirs: 503, worth retrying shortly.
                return Response.status(503)
                        .header("Retry-After", "1")
                        .type(ProblemDetails.MEDIA_TYPE)
                        .entity(ProblemDetails.of(
                                503,
                                PLUGIN_BUSY,
                                LocalizedMessage.of("插件繁忙", "Plugin busy"),
                                LocalizedMessage.of(rule.messageZh(), rule.messageEn()),
                                errors))
                        .build();
            }
            return answer(
                    422,
                    ProblemDetails.of(
                            422,
                            "rule-violation",
                            LocalizedMessage.of("不符合评聘规则", "Breaks a rule of the programme"),
                            LocalizedMessage.of(rule.messageZh(), rule.messageEn()),
                            errors));
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
