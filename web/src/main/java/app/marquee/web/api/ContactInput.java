package app.marquee.web.api;

import app.marquee.catalog.ContactDetails;
import app.marquee.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact to add to an actor, or the new state of one.
 *
 * @param version the version a change is based on (PUT only; without it or If-Match, the PUT is
 *     unconditional, as it was before contacts had versions)
 */
@Schema(name = "ContactInput")
public record ContactInput(
        @Schema(required = true, maxLength = ContactDetails.PHONE_MAX, example = "423 555 5623")
        @NotBlank(message = "{contact.phoneNumber.required}")
        @PlainText
        @Size(max = ContactDetails.PHONE_MAX, message = "{contact.phoneNumber.size}")
        String phoneNumber,

        @Schema(required = true, maxLength = ContactDetails.ADDRESS_MAX, example = "Glendale, CA")
        @NotBlank(message = "{contact.address.required}")
        @PlainText
        @Size(max = ContactDetails.ADDRESS_MAX, message = "{contact.address.size}")
        String address,

        @Schema(
                description = "On PUT, the version the edit is based on (stale: 409); or send its ETag in"
                        + " If-Match (stale: 412). Without either, the PUT overwrites whatever is stored.")
        @PositiveOrZero(message = "{api.version.min}")
        Long version) {

    static final Set<String> FIELDS = Set.of("phoneNumber", "address", "version");
}
