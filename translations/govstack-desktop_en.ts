<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentError</name>
    <message>
        <source>The server rejected the API key (HTTP %1). Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the expected JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete. What arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than 32 MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address, which is not followed for your safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed (TLS). The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server broke before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP 404). Check the server address and server type in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s gateway did not get an answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation holds something this server cannot take, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no model named “%1”. Choose one it has in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeySaver</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the key for this run only? It will be forgotten when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Your message is saved in the session; send it again with the app&apos;s Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again to save the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier messages of this session are still waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is saved and queued: it goes to the server with the next sync (govstack-desktop sync, or the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another GovStack Desktop process is sending an earlier message of this session; yours goes after it (at the latest after %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) of this session were interrupted while being sent (the app stopped). Each is looked for on the server and sent first if it is not there.</source>
        <translation>
            <numerusform>%n earlier message of this session was interrupted while being sent (the app stopped). It is looked for on the server and sent first if it is not there.</numerusform>
            <numerusform>%n earlier messages of this session were interrupted while being sent (the app stopped). Each is looked for on the server and sent first if it is not there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) of this session were interrupted before their answer was complete; what arrived is kept. Retry them in the app.</source>
        <translation>
            <numerusform>%n earlier message of this session was interrupted before its answer was complete; what arrived is kept. Retry it in the app.</numerusform>
            <numerusform>%n earlier messages of this session were interrupted before their answer was complete; what arrived is kept. Retry them in the app.</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message holds personal data (%1). Nothing was saved or sent. Take it out, or add --allow-personal-data to send it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message holds personal data (%1). Your organisation does not allow sending it; nothing was saved or sent. Take it out and ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n conversation to %1 (%2).</numerusform>
            <numerusform>Exported %n conversations to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>Imported %n conversation from %1.</numerusform>
            <numerusform>Imported %n conversations from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversation %1 on this computer and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted conversation %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: intact (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: changed since it was exported (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warned before sending: the message held personal data (%1); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the Trash after %1 days without activity: %2.</source>
        <translation>
            <numerusform>Moved %n conversation to the Trash after %1 days without activity: %2.</numerusform>
            <numerusform>Moved %n conversations to the Trash after %1 days without activity: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved conversation %1 to the Trash and asked the server to delete its copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved conversation %1 to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored conversation %1 from the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n conversation(s) for good after %1 days in the Trash: %2.</source>
        <translation>
            <numerusform>Removed %n conversation for good after %1 days in the Trash: %2.</numerusform>
            <numerusform>Removed %n conversations for good after %1 days in the Trash: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the Trash: removed %n conversation(s) for good: %1.</source>
        <translation>
            <numerusform>Emptied the Trash: removed %n conversation for good: %1.</numerusform>
            <numerusform>Emptied the Trash: removed %n conversations for good: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Placed a legal hold on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted the legal hold on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (%1) was removed: nothing is locked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (%1) changed; it now sets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user went back to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user removed it and sent the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user sent it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed how long the Trash keeps conversations from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the retention period from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entry(ies), none changed or removed.</source>
        <translation>
            <numerusform>Intact: %n entry, not changed or removed.</numerusform>
            <numerusform>Intact: %n entries, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export, import, delete, move to or from the Trash, legal hold, change of the retention period or of the organisation&apos;s policy, file check and personal-data warning on this computer, newest first. Entries cannot be changed; each is linked to the one before it, so a change or a removal shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>%1 (window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (command line)</source>
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
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>Continued chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCompletions</name>
    <message>
        <source>Message %1 of this conversation cannot go to an OpenAI-compatible server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatContent</name>
    <message>
        <source>it holds a video, which OpenAI-compatible servers do not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a text file (%1) that is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds audio of type %1; OpenAI-compatible servers take only WAV and MP3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a file of type %1, which OpenAI-compatible servers do not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a file uploaded to %1, which an OpenAI-compatible server cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an image given by an upload id; OpenAI-compatible servers take images only as pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a link to a file (%1) that would have to be downloaded first; the app does not download addresses found in a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStore</name>
    <message>
        <source>There is no chat session with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the chat database %1: it was written by a newer version of GovStack Desktop (database version %2, this version reads up to %3). Update GovStack Desktop; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the chat database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the chat database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the chat database %1: it is an SQLite database of another program. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the chat database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the chat database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a chat session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a chat session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of chat session %2 is damaged in the database: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing chat sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting chat sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the chat database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged. The file was left unchanged; restore it from a backup or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another GovStack Desktop process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request at position %1 of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your message in chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the answer in chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying a message in chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinning chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking chat session %1 to its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sync state of chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving an unanswered message in chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deletes waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording that the server deleted chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the messages waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ratings waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the server&apos;s copy of chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your rating in chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer at position %1 of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing chat sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming a message of chat session %1 to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier messages of this session are waiting to be sent; they go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving that messages are still being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding messages whose sending was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent. The server&apos;s copy is checked before it is sent again, so it is never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped before the answer was complete. What arrived is kept; Retry asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat session %1 changed while its server copy was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is still waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version of this conversation lost the one it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a new version of chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This conversation has no question %1; it has %n question(s).</source>
        <translation>
            <numerusform>This conversation has no question %1; it has %n question.</numerusform>
            <numerusform>This conversation has no question %1; it has %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 branches at message %2, which the version it comes from does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has no question there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing another version of chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing chat session %1 in a new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to continue in a new chat yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the legal hold of chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the legal hold on every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the legal hold on every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the legal hold of chat session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation is on legal hold: %1 cannot be deleted or moved to the Trash until the hold is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on legal hold: it cannot be deleted or moved to the Trash until the hold is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving chat session %1 to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring chat session %1 from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving inactive conversations to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading which conversations the retention period moves to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is in the Trash. Restore it to continue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a government service… (Enter sends, Shift+Enter adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to GovStack Desktop.

To chat, tell the app where the GovStack assistant is: open Settings (Ctrl+,), enter the server address and your API key, and test the connection. Stored conversations can be read without any server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a government service: type your question below and press Enter. Your conversations are kept on this computer and listed on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;Helpful…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;Unhelpful…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box brings back your last message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the question in the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s messages. Tab reaches a message&apos;s buttons; Shift+F10 opens its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for Another &amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in a &amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from “%1”. &lt;a href=&quot;origin&quot;&gt;Open that conversation&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat with the GovStack AI assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backend must be govstack or openai, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must be v2 or govbot, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no text: the key is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: config get [KEY] or config set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask needs the text of a message, e.g.: ask &quot;How do I register a business name?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --session or --new, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep chats in &lt;folder&gt; instead of the standard location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a GovStack server or an OpenAI-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GovStack server URL, or for OpenAI the API base (e.g. http://localhost:11434/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GovStack path profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of an OpenAI-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id sent with each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a silent server after &lt;seconds&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask: start a new session and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask: continue the session with this id; sync: sync only this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes no text; use --session ID for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: pull SESSION_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, sessions: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt; instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: replace sessions that exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, sessions: from this day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, sessions: up to this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, sessions: answers in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search, sessions: rated answers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a day like 2026-11-25, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs words to look for, e.g.: search usajili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: export SESSION_ID... or export --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: import FILE... [--replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask --session ID --edit N TEXT: ask question N again as TEXT, in a new version of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask --session ID --regenerate N: a new answer to question N, in a new version of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edit and --regenerate take a question&apos;s number (from 1) and --session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --edit or --regenerate, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask: send a message even though it holds personal data (phone, e-mail, ID, KRA PIN, passport).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the fingerprint of the key the file must be signed with (Help → About on the computer that exported it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: refuse files that are not signed exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: check that no entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: verify FILE [--key FINGERPRINT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: audit [--json] [--verify]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json, markdown or pdf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: export SESSION_ID --format pdf -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: delete the server&apos;s copy too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: delete for good rather than move to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask TEXT: send one message and print the answer, without a window.
login: read an API key from standard input into the keychain.
logout: remove the API key from the keychain.
config get [KEY] | config set KEY VALUE: read or change a setting.
sync: send waiting messages, deletes and ratings to the GovStack server and fetch what changed there.
pull SESSION_ID: open a session of the GovStack server by its id.
search QUERY: find messages in every session.
export (SESSION_ID... | --all): write sessions as JSON or Markdown.
import FILE...: read exported sessions, server histories or PydanticAI histories.
sessions: list the sessions with their details.
verify FILE: check that an export is as it was written, and who signed it.
audit: list the record of exports, imports and deletes.
delete SESSION_ID: move a conversation to the Trash.
trash [restore SESSION_ID... | empty]: list, restore or empty the Trash.
hold [SESSION_ID... | --all] | release (SESSION_ID... | --all): place or lift a legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>set by your organisation in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your setting in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by your organisation (%2) and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a policy: only your organisation sets it, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow the %1 back end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Nothing has been sent to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the app where the assistant is in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n conversation(s) waiting</source>
        <translation>
            <numerusform>Offline · %n conversation waiting</numerusform>
            <numerusform>Offline · %n conversations waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached now. Messages that could not go wait in their conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key. Change the key in Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>API keys are never kept in the settings file; use &quot;govstack-desktop login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend must be govstack or openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govstack/profile must be v2 or govbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language must be en, sw or sheng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiLanguage must be en, sw, or empty for the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack server: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of days from 0 (never) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The server answered the health check with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but checking the key failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but it rejected the API key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable and accepted the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but the key check answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is reachable and offers %n model(s).</source>
        <translation>
            <numerusform>The server is reachable and offers %n model.</numerusform>
            <numerusform>The server is reachable and offers %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the waiting messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id (as the server or the web app shows it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in a New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” and its %n message(s) to the Trash?

You can restore it from View → Trash until the Trash deletes it for good.</source>
        <translation>
            <numerusform>Move “%1” and its %n message to the Trash?

You can restore it from View → Trash until the Trash deletes it for good.</numerusform>
            <numerusform>Move “%1” and its %n messages to the Trash?

You can restore it from View → Trash until the Trash deletes it for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” and its %n message(s) to the Trash?

The GovStack server keeps a copy of this conversation. Deleting it there too cannot be undone; when the server cannot be reached, the delete waits and is sent with the next sync.</source>
        <translation>
            <numerusform>Move “%1” and its %n message to the Trash?

The GovStack server keeps a copy of this conversation. Deleting it there too cannot be undone; when the server cannot be reached, the delete waits and is sent with the next sync.</numerusform>
            <numerusform>Move “%1” and its %n messages to the Trash?

The GovStack server keeps a copy of this conversation. Deleting it there too cannot be undone; when the server cannot be reached, the delete waits and is sent with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash, Keep the Server&apos;s Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash and Delete on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on legal hold: it cannot be moved to the Trash or deleted until the hold is lifted (Session → Legal Hold).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDocument</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tool result from %1 (%n character(s)): %2</source>
        <translation>
            <numerusform>Tool result from %1 (%n character): %2</numerusform>
            <numerusform>Tool result from %1 (%n characters): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPrint</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPrinter</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationReader</name>
    <message>
        <source>Choose a conversation in the table to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation above in the table (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation below in the table (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation chosen in the table, to read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (Secret Service or KWallet), so the API key cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the data folder %1 to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySpinBox</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Editing your question. Sending asks it again in a new version of this conversation; the earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the question as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written, but the audit trail could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n conversation(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n conversation exported to “%1”.</numerusform>
            <numerusform>%n conversations exported to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with key %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with this installation&apos;s key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>The integrity block is damaged or the file was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something outside the messages was changed (a title, a time, a rating, a version or the server-shaped copy of the messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the file was altered after it was signed, or signed with another key than the one it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not signed, so it cannot be shown to come from key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was signed with key %1, not with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was removed from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was added, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: message %2 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: message %2 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: message %2 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GovStack Desktop export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no integrity block (it was removed, or the file was made by an older version), so it cannot be shown to be intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>API key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for %1 is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to disk. To use a key for one run only, set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for %1 is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GovStack Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GovStack Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GovStack Desktop %1&lt;/h3&gt;&lt;p&gt;Chat with the GovStack AI assistant about government services. Conversations are kept on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports from this computer are signed with the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with what &lt;tt&gt;govstack-desktop verify&lt;/tt&gt; says of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports cannot be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) without activity for longer than the retention period moved to the Trash.</source>
        <translation>
            <numerusform>%n conversation without activity for longer than the retention period moved to the Trash.</numerusform>
            <numerusform>%n conversations without activity for longer than the retention period moved to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash deleted %n conversation(s) for good.</source>
        <translation>
            <numerusform>The Trash deleted %n conversation for good.</numerusform>
            <numerusform>The Trash deleted %n conversations for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Up First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation asks that GovStack Desktop is set up before anything is sent. Open Settings, enter the server address and your key, and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant is not confident about this answer; check the sources or ask a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the answer… %n s</source>
        <translation>
            <numerusform>Waiting for the answer… %n s</numerusform>
            <numerusform>Waiting for the answer… %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was cut off before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated this answer helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated this answer unhelpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this answer helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this answer unhelpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent by another GovStack Desktop process (a command or another window). Its answer appears here when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the answer to the message before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: the connection broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: the server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: the server&apos;s gateway did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: the server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: the app stopped while sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n detail</numerusform>
            <numerusform>%n details</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the steps the assistant took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps the assistant took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>the version shown of how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this question and ask it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Tool call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden by the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions to the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportCommand</name>
    <message>
        <source>Your organisation does not allow exports as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the conversation to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exported the conversation to %1 (%n page).</numerusform>
            <numerusform>Exported the conversation to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRA PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataPrompt</name>
    <message>
        <source>Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message holds personal data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is marked in the message box. The assistant does not need it to answer, and the GovStack server removes such data. Send it only if you must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove It and Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is marked in the message box. Your organisation does not allow sending personal data: edit the message, or send it without the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Helpful answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhelpful answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was good about this answer? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong with this answer? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Lift Legal Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold on this conversation? Anyone can then delete it, and retention can move it to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold on every conversation? Conversations without a hold of their own can then be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsCommand</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy is deleted with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept while on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted for good on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until the Trash is emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trashed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s) for good.</source>
        <translation>
            <numerusform>Deleted %n conversation for good.</numerusform>
            <numerusform>Deleted %n conversations for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation is on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold on every conversation is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold on %1 is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: a session with this id exists (use --replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not answered yet</source>
        <translation>
            <numerusform>%n message not answered yet</numerusform>
            <numerusform>%n messages not answered yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n interrupted while being sent: they are checked with the server and sent only if it lacks them)</source>
        <translation>
            <numerusform> (%n interrupted while being sent: it is checked with the server and sent only if it lacks it)</numerusform>
            <numerusform> (%n interrupted while being sent: they are checked with the server and sent only if it lacks them)</numerusform>
        </translation>
    </message>
    <message>
        <source>tool data: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CHANGED. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intact, %2 and %3 as they were exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed: the file is as it was written, but nothing shows who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was CHANGED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry(ies).</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry.</numerusform>
            <numerusform>The audit trail is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow exports as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated answers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiswahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what happened on or after the day beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what happened on or before the day beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of server the conversations were held with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the answers were given in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers someone rated helpful or unhelpful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match</source>
        <translation>
            <numerusform>%n conversation matches</numerusform>
            <numerusform>%n conversations match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Find by title, user or session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation, one a row; the one chosen shows below. Click a heading to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the selected conversations to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>Tool data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in tool data: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>This session is still waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 server is set up for this session. Check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not waiting to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is kept on the server %1 (%2), but the app is set up for %3. Its waiting messages are sent when Settings point to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another GovStack Desktop process is sending a message of this session. Try again when it has its answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Conversation title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call `%1`:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result `%1`:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated unhelpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent when the export was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer cut off before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) left out, not part of the conversation the assistant saw:</source>
        <translation>
            <numerusform>%n message left out, not part of the conversation the assistant saw:</numerusform>
            <numerusform>%n messages left out, not part of the conversation the assistant saw:</numerusform>
        </translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is the version shown of this conversation; %n other version(s) are kept (questions edited or answers asked for again), in the JSON export.</source>
        <translation>
            <numerusform>This is the version shown of this conversation; %n other version is kept (a question edited or an answer asked for again), in the JSON export.</numerusform>
            <numerusform>This is the version shown of this conversation; %n other versions are kept (questions edited or answers asked for again), in the JSON export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n conversation(s)…</source>
        <translation>
            <numerusform>Exporting %n conversation…</numerusform>
            <numerusform>Exporting %n conversations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported.</source>
        <translation>
            <numerusform>%n conversation imported.</numerusform>
            <numerusform>%n conversations imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) already here were left as they are:</source>
        <translation>
            <numerusform>%n conversation already here was left as it is:</numerusform>
            <numerusform>%n conversations already here were left as they are:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow exports as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow exports as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; files over %3 MB are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not a GovStack Desktop export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: written by a newer GovStack Desktop (export version %1, this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GovStack Desktop export, a server history or a PydanticAI history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 is in the file twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer entries than pydantic_ai_messages has turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating is 1 to 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in this session has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a pipe, device or folder), so it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; files over %2 MB are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing more to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first version is not the session itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from a version not listed before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version listed has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signed export, and signed files are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since it was exported, so it is not imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact but not signed, and signed files are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intact, not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intact, signed with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the server any more; kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On legal hold: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 messages, on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>Search all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found with the filters on</source>
        <translation>
            <numerusform>%n message found with the filters on</numerusform>
            <numerusform>%n messages found with the filters on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) narrow the search</source>
        <translation>
            <numerusform>%n filter narrows the search</numerusform>
            <numerusform>%n filters narrow the search</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the search by date, server, user or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for words in the conversations&apos; titles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for words in every message of every conversation (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the conversations&apos; titles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every message (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search filters, %n on</source>
        <translation>
            <numerusform>Search filters, %n on</numerusform>
            <numerusform>Search filters, %n on</numerusform>
        </translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations, newest first. Enter opens one, F2 renames it, Shift+F10 opens its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <source>The server has no session with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this session; it is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 helpful, %2 not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiswahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions to the assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack (deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key typed here is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the key from the environment variable %1, which wins over one typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of server that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the GovStack chat server, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack v2 answers at /v2/chat; the deployed server at /chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the OpenAI-compatible API, ending in /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the model the server should use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent before every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the server knows you by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for an answer before saying it did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app&apos;s menus and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the server answers and takes the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the settings and closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the key kept in the system keychain for this server. One typed here replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is kept for this server yet. One typed here is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations without activity for this long go to the Trash; pinned ones and those on legal hold stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the Trash keeps conversations before deleting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations are kept until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have had no activity for longer and go to the Trash when you save.</source>
        <translation>
            <numerusform>%n conversation has had no activity for longer and goes to the Trash when you save.</numerusform>
            <numerusform>%n conversations have had no activity for longer and go to the Trash when you save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation goes to the Trash for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move to Trash after %n day(s)</source>
        <translation>
            <numerusform>Move to Trash after %n day</numerusform>
            <numerusform>Move to Trash after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have had no activity for longer than this and go to the Trash now. You can restore them from View → Trash.</source>
        <translation>
            <numerusform>%n conversation has had no activity for longer than this and goes to the Trash now. You can restore it from View → Trash.</numerusform>
            <numerusform>%n conversations have had no activity for longer than this and go to the Trash now. You can restore them from View → Trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the last message to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, in an empty message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the conversation by a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the start or end of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home, Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the menu of a message or conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from a search box to its results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty a search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous or next version of a question or answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up editing a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape, in the message box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The signing key in the keychain is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>No keychain is available on this computer (Secret Service or KWallet) to keep the signing key in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Opened session %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>&quot;%1&quot; is not a session id: ids are up to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n session(s) checked</source>
        <translation>
            <numerusform>%n session checked</numerusform>
            <numerusform>%n sessions checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) opened from the server</source>
        <translation>
            <numerusform>%n session opened from the server</numerusform>
            <numerusform>%n sessions opened from the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s) made elsewhere added</source>
        <translation>
            <numerusform>%n turn made elsewhere added</numerusform>
            <numerusform>%n turns made elsewhere added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) now carry the server&apos;s full agent trace</source>
        <translation>
            <numerusform>%n answer now carry the server&apos;s full agent trace</numerusform>
            <numerusform>%n answers now carry the server&apos;s full agent trace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting message(s) found already answered on the server</source>
        <translation>
            <numerusform>%n waiting message found already answered on the server</numerusform>
            <numerusform>%n waiting messages found already answered on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting message(s) sent</source>
        <translation>
            <numerusform>%n waiting message sent</numerusform>
            <numerusform>%n waiting messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted on the server</source>
        <translation>
            <numerusform>%n session deleted on the server</numerusform>
            <numerusform>%n sessions deleted on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) sent</source>
        <translation>
            <numerusform>%n rating sent</numerusform>
            <numerusform>%n ratings sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer on the server (kept here)</source>
        <translation>
            <numerusform>%n session no longer on the server (kept here)</numerusform>
            <numerusform>%n sessions no longer on the server (kept here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) skipped (busy, or of another server)</source>
        <translation>
            <numerusform>%n session skipped (busy, or of another server)</numerusform>
            <numerusform>%n sessions skipped (busy, or of another server)</numerusform>
        </translation>
    </message>
    <message>
        <source>No GovStack server is set up, so there is nothing to sync with. Check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) whose sending was interrupted (the app stopped); each is sent only if the server lacks it</source>
        <translation>
            <numerusform>%n message whose sending was interrupted (the app stopped); it is sent only if the server lacks it</numerusform>
            <numerusform>%n messages whose sending was interrupted (the app stopped); each is sent only if the server lacks it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left alone: another GovStack Desktop process is sending their messages</source>
        <translation>
            <numerusform>%n session left alone: another GovStack Desktop process is sending their messages</numerusform>
            <numerusform>%n sessions left alone: another GovStack Desktop process is sending their messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Stop Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced, with %n problem(s)</source>
        <translation>
            <numerusform>Synced, with %n problem</numerusform>
            <numerusform>Synced, with %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on the server %1; the app is set up for another server. Waiting messages are sent when Settings point to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the server any more; kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted conversations stay here for %n day(s), then are deleted for good. They are not searched, synced or sent until you restore them.</source>
        <translation>
            <numerusform>Deleted conversations stay here for %n day, then are deleted for good. They are not searched, synced or sent until you restore them.</numerusform>
            <numerusform>Deleted conversations stay here for %n days, then are deleted for good. They are not searched, synced or sent until you restore them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversations stay here until you empty the Trash. They are not searched, synced or sent until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversation(s) for good? This cannot be undone: their messages are removed from this computer, search included.</source>
        <translation>
            <numerusform>Delete %n conversation for good? This cannot be undone: its messages are removed from this computer, search included.</numerusform>
            <numerusform>Delete %n conversations for good? This cannot be undone: their messages are removed from this computer, search included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n conversation(s) in the Trash for good? This cannot be undone. Conversations on legal hold stay.</source>
        <translation>
            <numerusform>Delete the %n conversation in the Trash for good? This cannot be undone. Conversations on legal hold stay.</numerusform>
            <numerusform>Delete all %n conversations in the Trash for good? This cannot be undone. Conversations on legal hold stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting for good: the search index and the file are rewritten without them. In a large history this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Kept: on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until the Trash is emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted for good on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
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
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open from Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Message Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try or Send Waiting Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GovStack Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Hold on &amp;All Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GovStack Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack Desktop is already open for %1; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovStack Desktop is already open for %1 (process %2) and does not respond. Close it, or start with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the lock file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow the %1 back end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation asks that GovStack Desktop is set up before anything is sent: choose the server with &quot;config set govstack/url URL&quot; (or in the app&apos;s Settings), or name it with --server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
