package app.marquee.web.actor;

import app.marquee.catalog.ContactDetails;
import app.marquee.text.Text;
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
        return Text.normalize(phoneNumber);
    }

    public String getAddress() {
        return Text.normalize(address);
    }

    public String getVersion() {
        return version;
    }
}
