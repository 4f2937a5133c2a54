package io.nblint.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP Basic authentication and role checks for /api. Reading needs a signed-in user; uploading and
 * reviewing need the reviewer role; reloading rules needs rule-admin. No WWW-Authenticate header is
 * sent, so the page shows its own sign-in form instead of the browser's dialog.
 */
public class AccessFilter {
    private final Users users;

    public AccessFilter(Users users) {
        this.users = users;
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!path.startsWith("/api/") || path.equals("/api/me") && ctx.getHeaderString("Authorization") == null) {
            return Optional.empty();
        }
        String header = ctx.getHeaderString("Authorization");
        Optional<Set<String>> roles = Optional.empty();
        String name = null;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    name = decoded.substring(0, colon);
                    roles = users.authenticate(name, decoded.substring(colon + 1));
                }
            } catch (IllegalArgumentException e) {
                roles = Optional.empty();
            }
        }
        if (roles.isEmpty()) return Optional.of(error(401, "未登录或用户名、密码错误"));
        String needed = needed(ctx.getMethod(), path);
        if (needed != null && !roles.get().contains(needed)) {
            return Optional.of(error(403, "需要角色 " + needed + "（" + (needed.equals(Users.RULE_ADMIN) ? "规则管理员" : "复核员") + "）"));
        }
        ctx.setSecurityContext(new UserContext(name, roles.get()));
        return Optional.empty();
    }

    static String needed(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD")) return null;
        if (path.startsWith("/api/rules")) return Users.RULE_ADMIN;
        return Users.REVIEWER;
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("error", message)).build();
    }

    record UserContext(String name, Set<String> roles) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() { return () -> name; }

        @Override
        public boolean isUserInRole(String role) { return roles.contains(role); }

        @Override
        public boolean isSecure() { return false; }

        @Override
        public String getAuthenticationScheme() { return BASIC_AUTH; }
    }
}
