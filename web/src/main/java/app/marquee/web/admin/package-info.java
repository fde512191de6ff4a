/** Account management for admins: create accounts, change roles, disable and enable, reset passwords. */
package app.marquee.web.admin;
