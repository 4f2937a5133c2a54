package io.nblint.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** Who is signed in: the page calls it with the entered credentials to sign in. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    public record Me(boolean authenticated, String name, List<String> roles) {
    }

    @GET
    public Me me(@Context SecurityContext ctx) {
        if (ctx.getUserPrincipal() == null || !(ctx instanceof AccessFilter.UserContext u)) return new Me(false, null, List.of());
        return new Me(true, u.name(), List.copyOf(u.roles()));
    }
}
