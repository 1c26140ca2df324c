<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked the team to open on Saturdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. From next week we are open on Saturdays, 9 to 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you &amp;do? (for colleagues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;tell the customer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the second text can appear in the report-back to the customer; you can still change that message before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done about the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not want to be contacted — no thank-yous, feedback requests or report-backs are suggested; promises to them still remind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet — thank-yous only; ask before requesting feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (sales, refunds, credits, goodwill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the customer was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. regular, vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet (thank-yous only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (thank-yous and feedback requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (no messages at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they agreed to hear from you. “No” stops every thank-you, feedback request and report-back; promises to them still remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;referred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Choose a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate of this customer into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a customer on the left to see their details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Start typing a name, company, email or phone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, company, email, phone or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three or more characters find them anywhere in the name, company, email, phone or tags; one or two characters find names that begin with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge these two customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>cxlogger&apos;s database is missing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger&apos;s database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The damaged database was moved, as it was, to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the customer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what would be erased…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, end of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow, end of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday, end of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, end of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} · snoozed until {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This customer may exist already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{}” looks like a customer you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (12,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-compatible UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are local calendar days, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did or will do about it (a report-back reminder follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the report-back may tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action taken above is internal and never appears in a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low rating creates a close-the-loop reminder for the customer&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not about one interaction —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Open this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your email program with a message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message, to paste into a text or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with the feedback; a report-back reminder follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what you did about it; a report-back reminder follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done; it is recorded on the customer&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: hide it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent — mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTitle</name>
    <message>
        <source>Say thank you for the purchase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you for the referral: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you for their first visit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you for their patience (complaint resolved): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for feedback on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the promise: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them the promise was kept: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report back on their feedback: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>The search index was damaged and has been rebuilt from the interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily check found damage in cxlogger&apos;s database ({0}). To keep it from spreading, nothing more may be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup, from {0} ({1} customers, {2} interactions)? The damaged file is kept aside. What was entered after that time is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore: cxlogger quits. Keep the data folder, and ask someone who knows SQLite to rescue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file (.vcf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;parator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates (fill in empty fields, add tags and notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip invalid rows and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s columns become customer fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, separator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1 (chosen by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s) will be added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be merged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) — fix them in the file, change the mapping, or skip them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionLogModel</name>
    <message>
        <source>Click to sort by this column; equal values are newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted: on a large log that would read every row. Use the search and the filters instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Search texts and customer names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three or more characters find summaries, details and customer names that contain them; one or two characters find customers whose name begins with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Optional: what a message to them may call it, e.g. “your new road bike”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous and feedback requests use these words. The summary and details are for colleagues only and never appear in a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem was &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (optional), e.g. 49.90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree to thank-yous and feedback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want any message from us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I promised to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. call back with the delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;entiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · does not want to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer “%1” will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your customer records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: nothing here is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo it (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every customer interaction in seconds, keep every promise, and follow up at the right moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the customer to merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the other one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not want to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drop} ({drop_ref}) is merged into {keep} ({keep_ref}): everything moves to the customer kept, and {drop_ref} is removed. Choose which values to keep where they differ. Edit → Undo reverses the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged in: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(combined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a “no” is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the answer given is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the customer kept: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program opened the message, so its text is now copied. Paste it into a new email to %1 (or wherever you reach the customer), send it, then click “Sent — mark done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email program should open with the message; send it, then click “Sent — mark done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message copied. Paste it where you reach the customer, then click “Sent — mark done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePreviewDialog</name>
    <message>
        <source>Email to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates for this kind of message; edit them under Edit → Message templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the message and change anything you like. What you send is what is recorded on the customer&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in email program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change the message above before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty; write something or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Bringing reminders up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing reminders up to date… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders could not be checked. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Your refund is on its way to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, if money moved (e.g. 49.90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the amount was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money (a refund paid, goodwill given), if any:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may the customer be told? (The note above stays internal.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>New promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. send the corrected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I promised &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New promise to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>Mark &amp;kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it; Edit → Undo (Ctrl+Z) brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Use File → Back up now… to take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or erase everything about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your data before quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customer&apos;s data into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their money record (a sale, refund, credit or goodwill) is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their %1 money records (sales, refunds, credits, goodwill) are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as bookkeeping law requires, but without their name, contact details, notes or summaries: amounts, dates and references stay as they are, so past money exports do not change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>After a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a new customer&apos;s first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a complaint was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start cxlogger when I log in, hidden in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not available while you look at the demo data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification when a follow-up comes due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name and reminder rules are shared by everyone using this database; starting at login applies to this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the computer is set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when cxlogger next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cxlogger to the applications menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger could not be added to the applications menu: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger is in the applications menu now, with its icon. (If the menu does not show it yet, log out and in again.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> working day(s) later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind about open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always in working hours; made for today or tomorrow: at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder comes in working hours, never in quiet hours or on a closed day; a promise made for today or tomorrow reminds at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind to tell the customer when a promise was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint with no promise or resolution after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low feedback rating (2 of 5 or less, 6 of 10 or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for feedback and report back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for feedback after a purchase or resolved complaint, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one customer at most once every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind to report back when feedback led to an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who agreed to be contacted are asked for feedback; nobody who said no gets any message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications in quiet hours or on closed days; what came due meanwhile is shown when you are back. Reminders due on a closed day move to the next open day. Next-day reminders come at opening time; a promise made for a date without a time is due at closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous, feedback requests, report-backs and “promise kept” messages are written from templates. Add your own, rename, edit or delete them, and choose which one each kind of message starts with. Changes there are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit message templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day the business is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger could not change the start-at-login entry: %1. The other settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore that was interrupted last time has been completed: cxlogger now holds the backup you chose. The data as it was before is kept in the backups (or, if it was damaged, in the “damaged” folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxlogger cannot use its data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new template of this kind, starting as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cards start with this template; you can pick another there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore built-in templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds back any built-in template you deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these placeholders exist, and they never contain internal notes: summaries, details, outcome notes and action notes stay inside the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept (close the loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no customers yet: example values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the follow-ups you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln coming this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to cxlogger.&lt;/b&gt;&lt;br&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; to log your first customer interaction: who, how, and what happened. Thank-yous, promises and feedback requests will appear here when they are due.&lt;br&gt;&lt;br&gt;To look around with sample data first, start &lt;code&gt;cxlogger demo&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due right now. Everyone has been thanked, every promise is on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more; they appear here as you deal with the ones above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Coming this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is scheduled for the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you tell the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>cxlogger — %Ln follow-up(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Welcome to cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;Every interaction you log notes who logged it. Who is using cxlogger on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>cxlogger cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv_actions</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write interactions, money, promises, feedback or customers to a CSV file for your accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customers from a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_handling</name>
    <message>
        <source>cxlogger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and that action was not completed. Your saved records are safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
