<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
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
        <source>Saving messages of chat session %1</source>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat with the GovStack AI assistant.</source>
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
        <source>Unknown command: %1</source>
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
    <name>MainWindow</name>
    <message>
        <source>GovStack Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) stored on this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chats: %1</source>
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
</context>
</TS>
