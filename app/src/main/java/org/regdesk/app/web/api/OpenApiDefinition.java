package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header, served at {@code /api/v1/openapi.json} (paths under {@code
 * /api/v1} only; see {@code application.properties}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Regdesk API",
            version = "v1",
            description =
                "Admin API of the Regdesk domain desk. Authenticate with an admin API token:"
                    + " 'Authorization: Bearer <token>'. Errors are"
                    + " {\"error\", \"message\", \"fields\"}; lists are"
                    + " {\"items\", \"page\", \"size\", \"totalItems\", \"totalPages\","
                    + " \"totalExact\"}; when totalExact is false the list was not counted to its"
                    + " end (a domain search matching more than 2,500 domains): more than"
                    + " totalItems rows exist and the next page is there."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class OpenApiDefinition {}
