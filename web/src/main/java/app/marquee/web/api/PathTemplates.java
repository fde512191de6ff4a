package app.marquee.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Writes the resources' path templates the OpenAPI way. The resources restrict ids to ASCII digits
 * with a JAX-RS pattern ({@code {id: [0-9]+}}), because a plain {@code long} parameter would also
 * take Arabic-Indic or full-width digits and a leading {@code +}; OpenAPI has no patterns in paths,
 * so the document says {@code {id}} and the parameter's schema says "integer".
 */
public class PathTemplates implements OASFilter {

    private static final Pattern VARIABLE_PATTERN = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> plain = new LinkedHashMap<>();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> plain.merge(plainTemplate(path), item, (first, second) -> first));
        openAPI.getPaths().setPathItems(plain);
    }

    static String plainTemplate(String path) {
        return VARIABLE_PATTERN.matcher(path).replaceAll("{$1}");
    }
}
