package io.nblint.web;

import io.nblint.check.RuleSet;
import io.nblint.review.RuleSetHolder;
import io.nblint.store.SubmissionStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Health (/q/health, MicroProfile Health JSON shape), the OpenAPI document (/q/openapi, kept by hand
 * in openapi.yaml beside this service) and Swagger UI (/q/swagger-ui, assets from the swagger-ui
 * webjar, so it works offline). Served here because the Quarkus extensions for them are not available
 * in 3.38.2 from this project's package mirror.
 */
@Path("/q")
public class PlatformResource {
    private static final String SWAGGER = "META-INF/resources/webjars/swagger-ui/5.34.1/";
    private static final Set<String> SWAGGER_FILES = Set.of("swagger-ui.css", "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js", "favicon-32x32.png", "index.css");

    private final SubmissionStore store;
    private final RuleSetHolder rules;

    public PlatformResource(SubmissionStore store, RuleSetHolder rules) {
        this.store = store;
        this.rules = rules;
    }

    @GET
    @Path("/health")
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean db = store.ping();
        RuleSet rs = rules.current();
        Map<String, Object> dbCheck = new LinkedHashMap<>();
        dbCheck.put("name", "database");
        dbCheck.put("status", db ? "UP" : "DOWN");
        Map<String, Object> ruleCheck = new LinkedHashMap<>();
        ruleCheck.put("name", "rules");
        ruleCheck.put("status", rs != null ? "UP" : "DOWN");
        ruleCheck.put("data", Map.of("version", rs == null ? "" : rs.version(), "count", rs == null ? 0 : rs.rules().size()));
        boolean up = db && rs != null;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", List.of(dbCheck, ruleCheck));
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    @GET
    @Path("/openapi")
    @Produces("application/yaml;charset=UTF-8")
    public Response openapi() throws IOException {
        return Response.ok(classpath("openapi.yaml")).build();
    }

    @GET
    @Path("/swagger-ui")
    @Produces(MediaType.TEXT_HTML)
    public String swaggerUi() {
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>nblint API</title>
                <link rel="stylesheet" href="/q/swagger-ui/swagger-ui.css"></head><body><div id="ui"></div>
                <script src="/q/swagger-ui/swagger-ui-bundle.js"></script>
                <script>SwaggerUIBundle({url: '/q/openapi', dom_id: '#ui'});</script></body></html>""";
    }

    @GET
    @Path("/swagger-ui/{file}")
    public Response swaggerAsset(@PathParam("file") String file) throws IOException {
        if (!SWAGGER_FILES.contains(file)) throw new NotFoundException();
        String type = file.endsWith(".css") ? "text/css" : file.endsWith(".js") ? "application/javascript" : "image/png";
        return Response.ok(classpath(SWAGGER + file)).type(type).build();
    }

    private static byte[] classpath(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new NotFoundException();
            return in.readAllBytes();
        }
    }
}
