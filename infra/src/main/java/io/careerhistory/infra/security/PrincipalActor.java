package io.careerhistory.infra.security;

import io.careerhistory.command.api.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The acting user of a command: the authenticated principal's name, which is their login name. */
@Component
class PrincipalActor implements CurrentActor {

    @Override
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }
}
