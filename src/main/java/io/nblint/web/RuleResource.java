package io.nblint.web;

import io.nblint.check.RuleInfo;
import io.nblint.check.RuleSet;
import io.nblint.review.RuleSetHolder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The rules in force, and reload (rule-admin only). */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {
    private final RuleSetHolder holder;

    public RuleResource(RuleSetHolder holder) {
        this.holder = holder;
    }

    public record RulesView(String directory, String version, List<RuleInfo> rules, RuleSetHolder.ReloadOutcome lastReload) {
    }

    @GET
    public RulesView list() {
        RuleSet rs = holder.current();
        return new RulesView(holder.directory().toString(), rs == null ? null : rs.version(),
                rs == null ? List.of() : rs.rules(), holder.lastReload());
    }

    /** Compiles rules/ again; when it fails, the running rules stay and the problems (file:line) are returned. */
    @POST
    @Path("/reload")
    public RuleSetHolder.ReloadOutcome reload() {
        return holder.reload("手动重新加载");
    }
}
