package app.marquee.web.actor;

import app.marquee.catalog.ContactDetails;
import jakarta.ws.rs.FormParam;

/**
 * What the contact forms submit: a phone number and an address and, when editing, the version the
 * user started from.
 */
public class ContactForm {

    @FormParam("phoneNumber")
    String phoneNumber;

    @FormParam("address")
    String address;

    @FormParam("version")
    String version;

    static ContactForm empty() {
        return new ContactForm();
    }

    static ContactForm of(ContactDetails contact) {
        ContactForm form = new ContactForm();
        form.phoneNumber = contact.getPhoneNumber();
        form.address = contact.getAddress();
        form.version = String.valueOf(contact.getVersion());
        return form;
    }

    public String getPhoneNumber() {
        return phoneNumber == null ? null : phoneNumber.strip();
    }

    public String getAddress() {
        return address == null ? null : address.strip();
    }

    public String getVersion() {
        return version;
    }
}
