package app.marquee.web.api;

import app.marquee.catalog.ContactDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact to add to an actor, or the new state of one. */
@Schema(name = "ContactInput")
public record ContactInput(
        @Schema(required = true, maxLength = ContactDetails.PHONE_MAX, example = "423 555 5623")
        @NotBlank(message = "{contact.phoneNumber.required}")
        @Size(max = ContactDetails.PHONE_MAX, message = "{contact.phoneNumber.size}")
        String phoneNumber,
        @Schema(required = true, maxLength = ContactDetails.ADDRESS_MAX, example = "Glendale, CA")
        @NotBlank(message = "{contact.address.required}")
        @Size(max = ContactDetails.ADDRESS_MAX, message = "{contact.address.size}")
        String address) {

    static final Set<String> FIELDS = Set.of("phoneNumber", "address");
}
