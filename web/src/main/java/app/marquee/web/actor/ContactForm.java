package app.marquee.web.actor;

import app.marquee.catalog.ContactDetails;
import jakarta.ws.rs.FormParam;

/** What the contact form submits: a phone number and an address. */
public class ContactForm {

    @FormParam("phoneNumber")
    String phoneNumber;

    @FormParam("address")
    String address;

    static ContactForm empty() {
        return new ContactForm();
    }

    static ContactForm of(ContactDetails contact) {
        ContactForm form = new ContactForm();
        form.phoneNumber = contact.getPhoneNumber();
        form.address = contact.getAddress();
        return form;
    }

    public String getPhoneNumber() {
        return phoneNumber == null ? null : phoneNumber.strip();
    }

    public String getAddress() {
        return address == null ? null : address.strip();
    }
}
