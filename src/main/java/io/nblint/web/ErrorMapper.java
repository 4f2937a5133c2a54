package io.nblint.web;

import io.nblint.store.StoreException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** Errors as {"error": "中文说明"}; never a stack trace to the user. */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? defaultMessage(status) : e.getMessage();
        return json(status, message);
    }

    @ServerExceptionMapper
    public Response store(StoreException e) {
        LOG.error("数据库错误", e);
        return json(500, e.getMessage());
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "未找到";
            case 413 -> "上传内容过大";
            case 415 -> "不支持的内容类型";
            default -> "请求无效（HTTP " + status + "）";
        };
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("error", message)).build();
    }
}
