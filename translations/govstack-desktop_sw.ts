<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AgentError</name>
    <message>
        <source>The server rejected the API key (HTTP %1). Check the key in Settings.</source>
        <translation>Seva imekataa ufunguo wa API (HTTP %1). Kagua ufunguo katika Mipangilio.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 422).</source>
        <translation>Seva imekataa ombi kwa kuwa si sahihi (HTTP 422).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Seva imejibu kwa hali isiyotarajiwa (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not the expected JSON.</source>
        <translation>Jibu la seva haliwezi kusomwa: si JSON iliyotarajiwa.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete. What arrived is kept.</source>
        <translation>Jibu lilikatika kabla ya kukamilika. Kilichofika kimehifadhiwa.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than 32 MB and was refused.</source>
        <translation>Jibu la seva ni kubwa kuliko MB 32 na limekataliwa.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Imesitishwa.</translation>
    </message>
    <message>
        <source>The server redirected to another address, which is not followed for your safety.</source>
        <translation>Seva imeelekeza kwenye anwani nyingine, ambayo haifuatwi kwa usalama wako.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (TLS). The server&apos;s certificate is not trusted.</source>
        <translation>Muunganisho salama na seva umeshindikana (TLS). Cheti cha seva hakiaminiki.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Seva haikujibu kwa wakati.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server address and your network.</source>
        <translation>Seva haifikiki. Angalia anwani ya seva na mtandao wako.</translation>
    </message>
    <message>
        <source>The connection to the server broke before the answer arrived.</source>
        <translation>Muunganisho na seva ulikatika kabla jibu halijafika.</translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP 404). Check the server address and server type in Settings.</source>
        <translation>Seva haiijui anwani hii (HTTP 404). Angalia anwani ya seva na aina ya seva katika Mipangilio.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Seva ilipata hitilafu ya ndani (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s gateway did not get an answer (HTTP %1).</source>
        <translation>Lango la seva halikupata jibu (HTTP %1).</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent.</source>
        <translation>Programu ilisimama ujumbe huu ukiwa unatumwa.</translation>
    </message>
    <message>
        <source>This conversation holds something this server cannot take, so nothing was sent.</source>
        <translation>Mazungumzo haya yana kitu ambacho seva hii haiwezi kupokea, kwa hivyo hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>The server has no model named “%1”. Choose one it has in Settings.</source>
        <translation>Seva haina modeli inayoitwa “%1”. Chagua iliyopo katika Mipangilio.</translation>
    </message>
    <message>
        <source>The server says: “%1”</source>
        <translation>Seva inasema: “%1”</translation>
    </message>
</context>
<context>
    <name>ApiKeySaver</name>
    <message>
        <source>API key</source>
        <translation>Ufunguo wa API</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Hakuna hifadhi ya siri</translation>
    </message>
    <message>
        <source>Use the key for this run only? It will be forgotten when the app closes.</source>
        <translation>Utumie ufunguo kwa matumizi haya tu? Utasahaulika programu itakapofungwa.</translation>
    </message>
    <message>
        <source>Use for this run</source>
        <translation>Tumia kwa sasa tu</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Your message is saved in the session; send it again with the app&apos;s Retry.</source>
        <translation>Ujumbe wako umehifadhiwa kwenye mazungumzo; utume tena kwa kitufe cha Jaribu tena kwenye programu.</translation>
    </message>
    <message>
        <source>New session: %1</source>
        <translation>Mazungumzo mapya: %1</translation>
    </message>
    <message>
        <source>Trying again to save the answer…</source>
        <translation>Inajaribu tena kuhifadhi jibu…</translation>
    </message>
    <message>
        <source>Earlier messages of this session are still waiting for the server.</source>
        <translation>Jumbe za awali za mazungumzo haya bado zinasubiri seva.</translation>
    </message>
    <message>
        <source>Your message is saved and queued: it goes to the server with the next sync (govstack-desktop sync, or the app).</source>
        <translation>Ujumbe wako umehifadhiwa na uko foleni: utatumwa kwa seva katika usawazishaji ujao (govstack-desktop sync, au programu).</translation>
    </message>
    <message>
        <source>Another GovStack Desktop process is sending an earlier message of this session; yours goes after it (at the latest after %1).</source>
        <translation>Programu nyingine ya GovStack Desktop inatuma ujumbe wa awali wa mazungumzo haya; wako utatumwa baada yake (hadi %1 zaidi).</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) of this session were interrupted while being sent (the app stopped). Each is looked for on the server and sent first if it is not there.</source>
        <translation>
            <numerusform>Ujumbe %n wa awali wa mazungumzo haya ulikatizwa ukitumwa (programu ilisimama). Unatafutwa kwenye seva na kutumwa kwanza ikiwa haupo.</numerusform>
            <numerusform>Jumbe %n za awali za mazungumzo haya zilikatizwa zikitumwa (programu ilisimama). Kila moja inatafutwa kwenye seva na kutumwa kwanza ikiwa haipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) of this session were interrupted before their answer was complete; what arrived is kept. Retry them in the app.</source>
        <translation>
            <numerusform>Ujumbe %n wa awali wa mazungumzo haya ulikatizwa kabla jibu lake halijakamilika; kilichofika kimehifadhiwa. Jaribu tena kwenye programu.</numerusform>
            <numerusform>Jumbe %n za awali za mazungumzo haya zilikatizwa kabla majibu yake hayajakamilika; kilichofika kimehifadhiwa. Zijaribu tena kwenye programu.</numerusform>
        </translation>
    </message>
    <message>
        <source>New version of the conversation: %1</source>
        <translation>Toleo jipya la mazungumzo: %1</translation>
    </message>
    <message>
        <source>Your message holds personal data (%1). Nothing was saved or sent. Take it out, or add --allow-personal-data to send it as it is.</source>
        <translation>Ujumbe wako una data binafsi (%1). Hakuna kilichohifadhiwa wala kutumwa. Iondoe, au ongeza --allow-personal-data ili kuutuma kama ulivyo.</translation>
    </message>
    <message>
        <source>Your message holds personal data (%1). Your organisation does not allow sending it; nothing was saved or sent. Take it out and ask again.</source>
        <translation>Ujumbe wako una data binafsi (%1). Shirika lako haliruhusu kuituma; hakuna kilichohifadhiwa wala kutumwa. Iondoe kisha uulize tena.</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1 (%2).</source>
        <translation>
            <numerusform>Mazungumzo %n yamehamishwa kwenda %1 (%2).</numerusform>
            <numerusform>Mazungumzo %n yamehamishwa kwenda %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>Mazungumzo %n yameletwa kutoka %1.</numerusform>
            <numerusform>Mazungumzo %n yameletwa kutoka %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversation %1 on this computer and on the server.</source>
        <translation>Mazungumzo %1 yamefutwa kwenye kompyuta hii na kwenye seva.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 on this computer.</source>
        <translation>Mazungumzo %1 yamefutwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Checked %1: intact (%2).</source>
        <translation>%1 imekaguliwa: haijabadilishwa (%2).</translation>
    </message>
    <message>
        <source>Checked %1: changed since it was exported (%2).</source>
        <translation>%1 imekaguliwa: imebadilishwa tangu ilipohamishwa (%2).</translation>
    </message>
    <message>
        <source>Warned before sending: the message held personal data (%1); %2</source>
        <translation>Onyo kabla ya kutuma: ujumbe ulikuwa na data binafsi (%1); %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the Trash after %1 days without activity: %2.</source>
        <translation>
            <numerusform>Mazungumzo %n yamehamishiwa kwenye Pipa la Taka baada ya siku %1 bila shughuli: %2.</numerusform>
            <numerusform>Mazungumzo %n yamehamishiwa kwenye Pipa la Taka baada ya siku %1 bila shughuli: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved conversation %1 to the Trash and asked the server to delete its copy.</source>
        <translation>Mazungumzo %1 yamehamishiwa kwenye Pipa la Taka na seva imeombwa kufuta nakala yake.</translation>
    </message>
    <message>
        <source>Moved conversation %1 to the Trash.</source>
        <translation>Mazungumzo %1 yamehamishiwa kwenye Pipa la Taka.</translation>
    </message>
    <message>
        <source>Restored conversation %1 from the Trash.</source>
        <translation>Mazungumzo %1 yamerejeshwa kutoka Pipa la Taka.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n conversation(s) for good after %1 days in the Trash: %2.</source>
        <translation>
            <numerusform>Mazungumzo %n yamefutwa kabisa baada ya siku %1 kwenye Pipa la Taka: %2.</numerusform>
            <numerusform>Mazungumzo %n yamefutwa kabisa baada ya siku %1 kwenye Pipa la Taka: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the Trash: removed %n conversation(s) for good: %1.</source>
        <translation>
            <numerusform>Pipa la Taka limesafishwa: mazungumzo %n yamefutwa kabisa: %1.</numerusform>
            <numerusform>Pipa la Taka limesafishwa: mazungumzo %n yamefutwa kabisa: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Placed a legal hold on %1.</source>
        <translation>Zuio la kisheria limewekwa kwa %1.</translation>
    </message>
    <message>
        <source>Lifted the legal hold on %1.</source>
        <translation>Zuio la kisheria limeondolewa kwa %1.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (%1) was removed: nothing is locked now.</source>
        <translation>Sera ya shirika (%1) imeondolewa: hakuna kilichofungwa sasa.</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy (%1) changed; it now sets: %2.</source>
        <translation>Sera ya shirika (%1) imebadilika; sasa inaweka: %2.</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>haijasainiwa</translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation>imesainiwa kwa ufunguo %1</translation>
    </message>
    <message>
        <source>the user went back to edit it.</source>
        <translation>mtumiaji alirudi kuuhariri.</translation>
    </message>
    <message>
        <source>the user removed it and sent the rest.</source>
        <translation>mtumiaji aliiondoa na kutuma kilichobaki.</translation>
    </message>
    <message>
        <source>the user sent it anyway.</source>
        <translation>mtumiaji aliutuma hata hivyo.</translation>
    </message>
    <message>
        <source>it was not sent.</source>
        <translation>haukutumwa.</translation>
    </message>
    <message>
        <source>every conversation</source>
        <translation>mazungumzo yote</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>siku %n</numerusform>
            <numerusform>siku %n</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <source>Changed how long the Trash keeps conversations from %1 to %2.</source>
        <translation>Muda ambao Pipa la Taka huhifadhi mazungumzo umebadilishwa kutoka %1 hadi %2.</translation>
    </message>
    <message>
        <source>Changed the retention period from %1 to %2.</source>
        <translation>Muda wa kuhifadhi umebadilishwa kutoka %1 hadi %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>unknown user</source>
        <translation>mtumiaji asiyejulikana</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Kuandika kumbukumbu ya ukaguzi</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Kusoma kumbukumbu ya ukaguzi</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Kukagua kumbukumbu ya ukaguzi</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed.</source>
        <translation>Ingizo %1 halipo: liliondolewa.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was changed.</source>
        <translation>Ingizo %1 halifuati ingizo lililotangulia: ingizo fulani lilibadilishwa.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Ingizo %1 lilibadilishwa baada ya kuandikwa.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed from the end.</source>
        <translation>Maingizo %1 hadi %2 yaliondolewa mwishoni.</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Kumbukumbu ya Ukaguzi</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Kagua Tena</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Inakagua kumbukumbu ya ukaguzi…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entry(ies), none changed or removed.</source>
        <translation>
            <numerusform>Salama: ingizo %n, hakuna lililobadilishwa wala kuondolewa.</numerusform>
            <numerusform>Salama: maingizo %n, hakuna lililobadilishwa wala kuondolewa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed: %1</source>
        <translation>Kumbukumbu ya ukaguzi ilibadilishwa: %1</translation>
    </message>
    <message>
        <source>Every export, import, delete, move to or from the Trash, legal hold, change of the retention period or of the organisation&apos;s policy, file check and personal-data warning on this computer, newest first. Entries cannot be changed; each is linked to the one before it, so a change or a removal shows.</source>
        <translation>Kila uhamishaji, uletaji, ufutaji, uhamishaji kwenda au kutoka Pipa la Taka, zuio la kisheria, badiliko la muda wa kuhifadhi au la sera ya shirika, ukaguzi wa faili na onyo la data binafsi kwenye kompyuta hii, jipya kwanza. Maingizo hayawezi kubadilishwa; kila moja limeunganishwa na lililotangulia, kwa hiyo badiliko au uondoaji huonekana.</translation>
    </message>
    <message>
        <source>Nothing has been recorded on this computer yet.</source>
        <translation>Bado hakuna kilichorekodiwa kwenye kompyuta hii.</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>%1 (window)</source>
        <translation>%1 (dirisha)</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (mstari wa amri)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
</context>
<context>
    <name>ChatActions</name>
    <message>
        <source>Continued chat</source>
        <translation>Mazungumzo yaliyoendelezwa</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (imeendelezwa)</translation>
    </message>
</context>
<context>
    <name>ChatCompletions</name>
    <message>
        <source>Message %1 of this conversation cannot go to an OpenAI-compatible server: %2</source>
        <translation>Ujumbe wa %1 wa mazungumzo haya hauwezi kutumwa kwa seva inayolingana na OpenAI: %2</translation>
    </message>
</context>
<context>
    <name>ChatContent</name>
    <message>
        <source>it holds a video, which OpenAI-compatible servers do not take.</source>
        <translation>una video, ambayo seva zinazolingana na OpenAI hazipokei.</translation>
    </message>
    <message>
        <source>it holds a text file (%1) that is not valid UTF-8.</source>
        <translation>una faili la maandishi (%1) ambalo si UTF-8 halali.</translation>
    </message>
    <message>
        <source>it holds audio of type %1; OpenAI-compatible servers take only WAV and MP3.</source>
        <translation>una sauti ya aina %1; seva zinazolingana na OpenAI hupokea WAV na MP3 pekee.</translation>
    </message>
    <message>
        <source>it holds a file of type %1, which OpenAI-compatible servers do not take.</source>
        <translation>una faili la aina %1, ambalo seva zinazolingana na OpenAI hazipokei.</translation>
    </message>
    <message>
        <source>it holds a file uploaded to %1, which an OpenAI-compatible server cannot read.</source>
        <translation>una faili lililopakiwa kwa %1, ambalo seva inayolingana na OpenAI haiwezi kulisoma.</translation>
    </message>
    <message>
        <source>it holds an image given by an upload id; OpenAI-compatible servers take images only as pictures.</source>
        <translation>una picha iliyotolewa kwa kitambulisho cha upakiaji; seva zinazolingana na OpenAI hupokea picha zenyewe tu.</translation>
    </message>
    <message>
        <source>it holds a link to a file (%1) that would have to be downloaded first; the app does not download addresses found in a conversation.</source>
        <translation>una kiungo cha faili (%1) ambacho kingehitaji kupakuliwa kwanza; programu haipakui anwani zilizo ndani ya mazungumzo.</translation>
    </message>
</context>
<context>
    <name>ChatStore</name>
    <message>
        <source>There is no chat session with the id %1.</source>
        <translation>Hakuna mazungumzo yenye kitambulisho %1.</translation>
    </message>
    <message>
        <source>Cannot open the chat database %1: it was written by a newer version of GovStack Desktop (database version %2, this version reads up to %3). Update GovStack Desktop; the file was left unchanged.</source>
        <translation>Hifadhidata ya mazungumzo %1 haiwezi kufunguliwa: iliandikwa na toleo jipya zaidi la GovStack Desktop (toleo la hifadhidata %2, toleo hili linasoma hadi %3). Sasisha GovStack Desktop; faili haikuguswa.</translation>
    </message>
    <message>
        <source>Cannot create the chat database %1: %2</source>
        <translation>Hifadhidata ya mazungumzo %1 haiwezi kuundwa: %2</translation>
    </message>
    <message>
        <source>Opening the chat database %1</source>
        <translation>Kufungua hifadhidata ya mazungumzo %1</translation>
    </message>
    <message>
        <source>Cannot open the chat database %1: it is an SQLite database of another program. The file was left unchanged.</source>
        <translation>Hifadhidata ya mazungumzo %1 haiwezi kufunguliwa: ni hifadhidata ya SQLite ya programu nyingine. Faili haikuguswa.</translation>
    </message>
    <message>
        <source>Configuring the chat database</source>
        <translation>Kuandaa mipangilio ya hifadhidata ya mazungumzo</translation>
    </message>
    <message>
        <source>Preparing the chat database</source>
        <translation>Kuandaa hifadhidata ya mazungumzo</translation>
    </message>
    <message>
        <source>Creating a chat session</source>
        <translation>Kuanzisha mazungumzo</translation>
    </message>
    <message>
        <source>Reading a chat session</source>
        <translation>Kusoma mazungumzo</translation>
    </message>
    <message>
        <source>Loading chat session %1</source>
        <translation>Kupakia mazungumzo %1</translation>
    </message>
    <message>
        <source>Message %1 of chat session %2 is damaged in the database: %3</source>
        <translation>Ujumbe %1 wa mazungumzo %2 umeharibika kwenye hifadhidata: %3</translation>
    </message>
    <message>
        <source>Deleting chat session %1</source>
        <translation>Kufuta mazungumzo %1</translation>
    </message>
    <message>
        <source>Renaming chat session %1</source>
        <translation>Kubadilisha jina la mazungumzo %1</translation>
    </message>
    <message>
        <source>Listing chat sessions</source>
        <translation>Kuorodhesha mazungumzo</translation>
    </message>
    <message>
        <source>Counting chat sessions</source>
        <translation>Kuhesabu mazungumzo</translation>
    </message>
    <message>
        <source>Cannot open the chat database %1: %2</source>
        <translation>Hifadhidata ya mazungumzo %1 haiwezi kufunguliwa: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database. The file was left unchanged.</source>
        <translation>si hifadhidata ya SQLite. Faili haikuguswa.</translation>
    </message>
    <message>
        <source>the file is damaged. The file was left unchanged; restore it from a backup or move it away.</source>
        <translation>faili imeharibika. Faili haikuguswa; irejeshe kutoka nakala ya akiba au iondoe mahali hapa.</translation>
    </message>
    <message>
        <source>the database is busy in another GovStack Desktop process</source>
        <translation>hifadhidata inatumiwa na programu nyingine ya GovStack Desktop kwa sasa</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>faili ya hifadhidata imeharibika</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>faili si hifadhidata ya SQLite</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diski imejaa</translation>
    </message>
    <message>
        <source>the database file cannot be read or written</source>
        <translation>faili ya hifadhidata haiwezi kusomwa wala kuandikwa</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>hifadhidata imeripoti hitilafu</translation>
    </message>
    <message>
        <source>There is no request at position %1 of this session.</source>
        <translation>Hakuna ombi katika nafasi %1 ya mazungumzo haya.</translation>
    </message>
    <message>
        <source>Saving your message in chat session %1</source>
        <translation>Kuhifadhi ujumbe wako katika mazungumzo %1</translation>
    </message>
    <message>
        <source>Saving the answer in chat session %1</source>
        <translation>Kuhifadhi jibu katika mazungumzo %1</translation>
    </message>
    <message>
        <source>Retrying a message in chat session %1</source>
        <translation>Kutuma tena ujumbe katika mazungumzo %1</translation>
    </message>
    <message>
        <source>Pinning chat session %1</source>
        <translation>Kubandika mazungumzo %1</translation>
    </message>
    <message>
        <source>Linking chat session %1 to its server</source>
        <translation>Kuunganisha mazungumzo %1 na seva yake</translation>
    </message>
    <message>
        <source>Saving the sync state of chat session %1</source>
        <translation>Kuhifadhi hali ya ulinganishaji ya mazungumzo %1</translation>
    </message>
    <message>
        <source>Saving an unanswered message in chat session %1</source>
        <translation>Inahifadhi ujumbe usiojibiwa katika mazungumzo %1</translation>
    </message>
    <message>
        <source>Reading the deletes waiting for the server</source>
        <translation>Inasoma mafuto yanayosubiri seva</translation>
    </message>
    <message>
        <source>Recording that the server deleted chat session %1</source>
        <translation>Inarekodi kwamba seva imefuta mazungumzo %1</translation>
    </message>
    <message>
        <source>Reading the messages waiting to be sent</source>
        <translation>Inasoma jumbe zinazosubiri kutumwa</translation>
    </message>
    <message>
        <source>Reading the ratings waiting to be sent</source>
        <translation>Inasoma tathmini zinazosubiri kutumwa</translation>
    </message>
    <message>
        <source>Merging the server&apos;s copy of chat session %1</source>
        <translation>Inaunganisha nakala ya seva ya mazungumzo %1</translation>
    </message>
    <message>
        <source>Saving your rating in chat session %1</source>
        <translation>Inahifadhi tathmini yako katika mazungumzo %1</translation>
    </message>
    <message>
        <source>There is no answer at position %1 of this session.</source>
        <translation>Hakuna jibu katika nafasi %1 ya mazungumzo haya.</translation>
    </message>
    <message>
        <source>Importing chat sessions</source>
        <translation>Inaleta mazungumzo</translation>
    </message>
    <message>
        <source>Searching the conversations</source>
        <translation>Inatafuta katika mazungumzo</translation>
    </message>
    <message>
        <source>Claiming a message of chat session %1 to send it</source>
        <translation>Kuchukua ujumbe wa mazungumzo %1 ili kuutuma</translation>
    </message>
    <message>
        <source>Earlier messages of this session are waiting to be sent; they go first.</source>
        <translation>Jumbe za awali za mazungumzo haya zinasubiri kutumwa; zinatangulia.</translation>
    </message>
    <message>
        <source>Saving chat session %1</source>
        <translation>Kuhifadhi mazungumzo %1</translation>
    </message>
    <message>
        <source>Saving that messages are still being sent</source>
        <translation>Kuhifadhi kwamba jumbe bado zinatumwa</translation>
    </message>
    <message>
        <source>Reading chat session %1</source>
        <translation>Kusoma mazungumzo %1</translation>
    </message>
    <message>
        <source>Finding messages whose sending was interrupted</source>
        <translation>Kutafuta jumbe ambazo utumaji wake ulikatizwa</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent. The server&apos;s copy is checked before it is sent again, so it is never sent twice.</source>
        <translation>Programu ilisimama ujumbe huu ukitumwa. Nakala ya seva inakaguliwa kabla haujatumwa tena, kwa hiyo hautumwi mara mbili kamwe.</translation>
    </message>
    <message>
        <source>The app stopped before the answer was complete. What arrived is kept; Retry asks again.</source>
        <translation>Programu ilisimama kabla jibu halijakamilika. Kilichofika kimehifadhiwa; Jaribu tena huuliza upya.</translation>
    </message>
    <message>
        <source>Chat session %1 changed while its server copy was read.</source>
        <translation>Mazungumzo %1 yalibadilika nakala yake ya seva ikisomwa.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Uletaji ulisitishwa; hakuna kilicholetwa.</translation>
    </message>
    <message>
        <source>This session is still waiting for an answer.</source>
        <translation>Mazungumzo haya bado yanasubiri jibu.</translation>
    </message>
    <message>
        <source>A version of this conversation lost the one it came from.</source>
        <translation>Toleo la mazungumzo haya limepoteza lile lililotokana nalo.</translation>
    </message>
    <message>
        <source>Starting a new version of chat session %1</source>
        <translation>Kuanzisha toleo jipya la mazungumzo %1</translation>
    </message>
    <message numerus="yes">
        <source>This conversation has no question %1; it has %n question(s).</source>
        <translation>
            <numerusform>Mazungumzo haya hayana swali %1; yana swali %n.</numerusform>
            <numerusform>Mazungumzo haya hayana swali %1; yana maswali %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 branches at message %2, which the version it comes from does not have.</source>
        <translation>Toleo %1 linaanzia ujumbe %2, ambao toleo linalotoka halina.</translation>
    </message>
    <message>
        <source>This conversation has no question there.</source>
        <translation>Mazungumzo haya hayana swali hapo.</translation>
    </message>
    <message>
        <source>Showing another version of chat session %1</source>
        <translation>Kuonyesha toleo jingine la kipindi cha mazungumzo %1</translation>
    </message>
    <message>
        <source>Continuing chat session %1 in a new chat</source>
        <translation>Kuendeleza kipindi cha mazungumzo %1 katika mazungumzo mapya</translation>
    </message>
    <message>
        <source>There is nothing to continue in a new chat yet.</source>
        <translation>Bado hakuna cha kuendeleza katika mazungumzo mapya.</translation>
    </message>
    <message>
        <source>Changing the legal hold of chat session %1</source>
        <translation>Kubadilisha zuio la kisheria la mazungumzo %1</translation>
    </message>
    <message>
        <source>Changing the legal hold on every conversation</source>
        <translation>Kubadilisha zuio la kisheria kwa mazungumzo yote</translation>
    </message>
    <message>
        <source>Reading the legal hold on every conversation</source>
        <translation>Kusoma zuio la kisheria kwa mazungumzo yote</translation>
    </message>
    <message>
        <source>Reading the legal hold of chat session %1</source>
        <translation>Kusoma zuio la kisheria la mazungumzo %1</translation>
    </message>
    <message>
        <source>Every conversation is on legal hold: %1 cannot be deleted or moved to the Trash until the hold is lifted.</source>
        <translation>Mazungumzo yote yako chini ya zuio la kisheria: %1 hayawezi kufutwa wala kuhamishiwa kwenye Pipa la Taka hadi zuio liondolewe.</translation>
    </message>
    <message>
        <source>%1 is on legal hold: it cannot be deleted or moved to the Trash until the hold is lifted.</source>
        <translation>%1 yako chini ya zuio la kisheria: hayawezi kufutwa wala kuhamishiwa kwenye Pipa la Taka hadi zuio liondolewe.</translation>
    </message>
    <message>
        <source>Moving chat session %1 to the Trash</source>
        <translation>Kuhamisha mazungumzo %1 kwenda Pipa la Taka</translation>
    </message>
    <message>
        <source>Restoring chat session %1 from the Trash</source>
        <translation>Kurejesha mazungumzo %1 kutoka Pipa la Taka</translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation>Kusafisha Pipa la Taka</translation>
    </message>
    <message>
        <source>Moving inactive conversations to the Trash</source>
        <translation>Kuhamisha mazungumzo yasiyo na shughuli kwenda Pipa la Taka</translation>
    </message>
    <message>
        <source>Reading which conversations the retention period moves to the Trash</source>
        <translation>Kusoma mazungumzo ambayo muda wa kuhifadhi unayahamishia kwenye Pipa la Taka</translation>
    </message>
    <message>
        <source>This conversation is in the Trash. Restore it to continue it.</source>
        <translation>Mazungumzo haya yako kwenye Pipa la Taka. Yarejeshe ili kuyaendeleza.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message>
        <source>Ask about a government service… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Uliza kuhusu huduma ya serikali… (Enter hutuma, Shift+Enter huongeza mstari)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Tuma ujumbe</translation>
    </message>
    <message>
        <source>Welcome to GovStack Desktop.

To chat, tell the app where the GovStack assistant is: open Settings (Ctrl+,), enter the server address and your API key, and test the connection. Stored conversations can be read without any server.</source>
        <translation>Karibu GovStack Desktop.

Ili kuzungumza, ieleze programu msaidizi wa GovStack alipo: fungua Mipangilio (Ctrl+,), weka anwani ya seva na ufunguo wako wa API, kisha jaribu muunganisho. Mazungumzo yaliyohifadhiwa yanaweza kusomwa bila seva yoyote.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Fungua Mipangilio</translation>
    </message>
    <message>
        <source>Ask about a government service: type your question below and press Enter. Your conversations are kept on this computer and listed on the left.</source>
        <translation>Uliza kuhusu huduma ya serikali: andika swali lako hapa chini na ubonyeze Enter. Mazungumzo yako yanahifadhiwa kwenye kompyuta hii na yameorodheshwa upande wa kushoto.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Nakili maandishi</translation>
    </message>
    <message>
        <source>Rate &amp;Helpful…</source>
        <translation>Kadiria kuwa ya &amp;msaada…</translation>
    </message>
    <message>
        <source>Rate &amp;Unhelpful…</source>
        <translation>Kadiria kuwa &amp;haisaidii…</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Ficha &amp;maelezo</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Onyesha &amp;maelezo</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a line, Up in an empty box brings back your last message.</source>
        <translation>Enter hutuma, Shift+Enter huongeza mstari, Juu katika kisanduku kitupu huleta ujumbe wako wa mwisho.</translation>
    </message>
    <message>
        <source>Sends the question in the message box</source>
        <translation>Hutuma swali lililo katika kisanduku cha ujumbe</translation>
    </message>
    <message>
        <source>The conversation&apos;s messages. Tab reaches a message&apos;s buttons; Shift+F10 opens its menu.</source>
        <translation>Jumbe za mazungumzo. Tab hufikia vitufe vya ujumbe; Shift+F10 hufungua menyu yake.</translation>
    </message>
    <message>
        <source>New answer: %1</source>
        <translation>Jibu jipya: %1</translation>
    </message>
    <message>
        <source>Ask for Another &amp;Answer</source>
        <translation>Omba &amp;Jibu Jingine</translation>
    </message>
    <message>
        <source>&amp;Edit Question…</source>
        <translation>&amp;Hariri Swali…</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>Toleo la &amp;Awali</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>Toleo &amp;Linalofuata</translation>
    </message>
    <message>
        <source>Continue in a &amp;New Chat</source>
        <translation>Endeleza katika Mazungumzo &amp;Mapya</translation>
    </message>
    <message>
        <source>As&amp;k Next</source>
        <translation>U&amp;liza Kinachofuata</translation>
    </message>
    <message>
        <source>Continued from “%1”. &lt;a href=&quot;origin&quot;&gt;Open that conversation&lt;/a&gt;</source>
        <translation>Yameendelezwa kutoka “%1”. &lt;a href=&quot;origin&quot;&gt;Fungua mazungumzo hayo&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat with the GovStack AI assistant.</source>
        <translation>Zungumza na msaidizi wa akili bandia wa GovStack.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Amri isiyojulikana: %1</translation>
    </message>
    <message>
        <source>--backend must be govstack or openai, not &quot;%1&quot;.</source>
        <translation>--backend lazima iwe govstack au openai, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--profile must be v2 or govbot, not &quot;%1&quot;.</source>
        <translation>--profile lazima iwe v2 au govbot, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds above zero.</source>
        <translation>--timeout lazima iwe idadi kamili ya sekunde, zaidi ya sifuri.</translation>
    </message>
    <message>
        <source>--server is not a valid URL: %1</source>
        <translation>--server si anwani sahihi: %1</translation>
    </message>
    <message>
        <source>%1 takes no text: the key is read from standard input, never from the command line.</source>
        <translation>%1 haipokei maandishi: ufunguo husomwa kutoka ingizo la kawaida (stdin), kamwe si kwenye mstari wa amri.</translation>
    </message>
    <message>
        <source>Use: config get [KEY] or config set KEY VALUE</source>
        <translation>Tumia: config get [UFUNGUO] au config set UFUNGUO THAMANI</translation>
    </message>
    <message>
        <source>ask needs the text of a message, e.g.: ask &quot;How do I register a business name?&quot;</source>
        <translation>ask inahitaji maandishi ya ujumbe, kwa mfano: ask &quot;Nasajilije jina la biashara?&quot;</translation>
    </message>
    <message>
        <source>Use either --session or --new, not both.</source>
        <translation>Tumia --session au --new, si zote mbili.</translation>
    </message>
    <message>
        <source>Keep chats in &lt;folder&gt; instead of the standard location.</source>
        <translation>Hifadhi mazungumzo katika &lt;folda&gt; badala ya mahali pa kawaida.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folda</translation>
    </message>
    <message>
        <source>Talk to a GovStack server or an OpenAI-compatible endpoint.</source>
        <translation>Zungumza na seva ya GovStack au huduma inayooana na OpenAI.</translation>
    </message>
    <message>
        <source>The GovStack server URL, or for OpenAI the API base (e.g. http://localhost:11434/v1).</source>
        <translation>Anwani ya seva ya GovStack, au kwa OpenAI anwani ya msingi ya API (mfano http://localhost:11434/v1).</translation>
    </message>
    <message>
        <source>The GovStack path profile.</source>
        <translation>Mtindo wa njia za seva ya GovStack.</translation>
    </message>
    <message>
        <source>The model of an OpenAI-compatible endpoint.</source>
        <translation>Modeli ya huduma inayooana na OpenAI.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <source>The user id sent with each request.</source>
        <translation>Kitambulisho cha mtumiaji kinachotumwa na kila ombi.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>kitambulisho</translation>
    </message>
    <message>
        <source>Give up on a silent server after &lt;seconds&gt;.</source>
        <translation>Acha kusubiri seva isiyojibu baada ya &lt;sekunde&gt;.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunde</translation>
    </message>
    <message>
        <source>ask: start a new session and print its id.</source>
        <translation>ask: anzisha mazungumzo mapya na uonyeshe kitambulisho chake.</translation>
    </message>
    <message>
        <source>ask: continue the session with this id; sync: sync only this session.</source>
        <translation>ask: endelea na mazungumzo yenye kitambulisho hiki; sync: sawazisha mazungumzo haya tu.</translation>
    </message>
    <message>
        <source>sync takes no text; use --session ID for one session.</source>
        <translation>sync haipokei maandishi; tumia --session KITAMBULISHO kwa mazungumzo moja.</translation>
    </message>
    <message>
        <source>Use: pull SESSION_ID</source>
        <translation>Tumia: pull KITAMBULISHO</translation>
    </message>
    <message>
        <source>search, sessions: print JSON.</source>
        <translation>search, sessions: chapisha JSON.</translation>
    </message>
    <message>
        <source>export: every session.</source>
        <translation>export: mazungumzo yote.</translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt; instead of standard output.</source>
        <translation>export: andika kwenye &lt;faili&gt; badala ya towe la kawaida.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>faili</translation>
    </message>
    <message>
        <source>export: the file format.</source>
        <translation>export: muundo wa faili.</translation>
    </message>
    <message>
        <source>import: replace sessions that exist already.</source>
        <translation>import: badilisha mazungumzo ambayo tayari yapo.</translation>
    </message>
    <message>
        <source>search, sessions: from this day on.</source>
        <translation>search, sessions: kuanzia siku hii.</translation>
    </message>
    <message>
        <source>search, sessions: up to this day.</source>
        <translation>search, sessions: hadi siku hii.</translation>
    </message>
    <message>
        <source>search, sessions: answers in this language.</source>
        <translation>search, sessions: majibu katika lugha hii.</translation>
    </message>
    <message>
        <source>search, sessions: rated answers only.</source>
        <translation>search, sessions: majibu yaliyotathminiwa tu.</translation>
    </message>
    <message>
        <source>--%1 must be a day like 2026-11-25, not &quot;%2&quot;.</source>
        <translation>--%1 lazima iwe siku kama 2026-11-25, si &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>search needs words to look for, e.g.: search usajili</source>
        <translation>search inahitaji maneno ya kutafuta, kwa mfano: search usajili</translation>
    </message>
    <message>
        <source>Use: export SESSION_ID... or export --all</source>
        <translation>Tumia: export KITAMBULISHO... au export --all</translation>
    </message>
    <message>
        <source>Use: import FILE... [--replace]</source>
        <translation>Tumia: import FAILI... [--replace]</translation>
    </message>
    <message>
        <source>ask --session ID --edit N TEXT: ask question N again as TEXT, in a new version of the conversation.</source>
        <translation>ask --session ID --edit N MAANDISHI: uliza swali N tena kama MAANDISHI, katika toleo jipya la mazungumzo.</translation>
    </message>
    <message>
        <source>ask --session ID --regenerate N: a new answer to question N, in a new version of the conversation.</source>
        <translation>ask --session ID --regenerate N: jibu jipya kwa swali N, katika toleo jipya la mazungumzo.</translation>
    </message>
    <message>
        <source>--edit and --regenerate take a question&apos;s number (from 1) and --session.</source>
        <translation>--edit na --regenerate huhitaji namba ya swali (kuanzia 1) na --session.</translation>
    </message>
    <message>
        <source>Use either --edit or --regenerate, not both.</source>
        <translation>Tumia --edit au --regenerate, si vyote viwili.</translation>
    </message>
    <message>
        <source>ask: send a message even though it holds personal data (phone, e-mail, ID, KRA PIN, passport).</source>
        <translation>ask: tuma ujumbe hata kama una taarifa binafsi (simu, barua pepe, kitambulisho, PIN ya KRA, pasipoti).</translation>
    </message>
    <message>
        <source>verify: the fingerprint of the key the file must be signed with (Help → About on the computer that exported it).</source>
        <translation>verify: alama ya ufunguo ambao faili lazima liwe limesainiwa nao (Msaada → Kuhusu kwenye kompyuta iliyolihamisha).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>alama</translation>
    </message>
    <message>
        <source>import: refuse files that are not signed exports.</source>
        <translation>import: kataa faili ambazo si uhamishaji uliosainiwa.</translation>
    </message>
    <message>
        <source>audit: check that no entry was changed or removed.</source>
        <translation>audit: kagua kwamba hakuna ingizo lililobadilishwa au kuondolewa.</translation>
    </message>
    <message>
        <source>Use: verify FILE [--key FINGERPRINT]</source>
        <translation>Tumia: verify FAILI [--key ALAMA]</translation>
    </message>
    <message>
        <source>Use: audit [--json] [--verify]</source>
        <translation>Tumia: audit [--json] [--verify]</translation>
    </message>
    <message>
        <source>--format must be json, markdown or pdf, not &quot;%1&quot;.</source>
        <translation>--format lazima iwe json, markdown au pdf, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use: export SESSION_ID --format pdf -o FILE</source>
        <translation>Tumia: export SESSION_ID --format pdf -o FAILI</translation>
    </message>
    <message>
        <source>delete: delete the server&apos;s copy too.</source>
        <translation>delete: futa pia nakala ya seva.</translation>
    </message>
    <message>
        <source>delete: delete for good rather than move to the Trash.</source>
        <translation>delete: futa kabisa badala ya kuhamishia kwenye Pipa la Taka.</translation>
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
        <translation>ask MAANDISHI: tuma ujumbe mmoja na uchapishe jibu, bila dirisha.
login: soma ufunguo wa API kutoka ingizo la kawaida uende kwenye hifadhi ya funguo.
logout: ondoa ufunguo wa API kwenye hifadhi ya funguo.
config get [UFUNGUO] | config set UFUNGUO THAMANI: soma au badilisha mpangilio.
sync: tuma jumbe zinazosubiri, ufutaji na tathmini kwa seva ya GovStack na ulete kilichobadilika huko.
pull SESSION_ID: fungua kipindi cha seva ya GovStack kwa kitambulisho chake.
search SWALI: tafuta jumbe katika kila kipindi.
export (SESSION_ID... | --all): andika vipindi kama JSON au Markdown.
import FAILI...: soma vipindi vilivyohamishwa, historia za seva au historia za PydanticAI.
sessions: orodhesha vipindi pamoja na maelezo yake.
verify FAILI: kagua kwamba uhamishaji uko kama ulivyoandikwa, na nani aliusaini.
audit: orodhesha kumbukumbu ya uhamishaji, uletaji na ufutaji.
delete SESSION_ID: hamishia mazungumzo kwenye Pipa la Taka.
trash [restore SESSION_ID... | empty]: orodhesha, rejesha au safisha Pipa la Taka.
hold [SESSION_ID... | --all] | release (SESSION_ID... | --all): weka au ondoa zuio la kisheria.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>set by your organisation in %1</source>
        <translation>imewekwa na shirika lako katika %1</translation>
    </message>
    <message>
        <source>your setting in %1</source>
        <translation>mpangilio wako katika %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>chaguo-msingi</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Mpangilio &quot;%1&quot; haujulikani.</translation>
    </message>
    <message>
        <source>%1 is set by your organisation (%2) and cannot be changed here.</source>
        <translation>%1 imewekwa na shirika lako (%2) na haiwezi kubadilishwa hapa.</translation>
    </message>
    <message>
        <source>%1 is a policy: only your organisation sets it, in %2.</source>
        <translation>%1 ni sera: ni shirika lako pekee linaloiweka, katika %2.</translation>
    </message>
    <message>
        <source>Your organisation does not allow the %1 back end.</source>
        <translation>Shirika lako haliruhusu huduma ya nyuma ya %1.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Haiwezi kuandika faili la mipangilio %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Nothing has been sent to the server yet.</source>
        <translation>Bado hakuna kilichotumwa kwa seva.</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Haijawekwa</translation>
    </message>
    <message>
        <source>Tell the app where the assistant is in Settings (Ctrl+,).</source>
        <translation>Iambie programu msaidizi yuko wapi katika Mipangilio (Ctrl+,).</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Mtandaoni</translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation>Seva ilijibu ombi la mwisho.</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n conversation(s) waiting</source>
        <translation>
            <numerusform>Nje ya mtandao · mazungumzo %n yanasubiri</numerusform>
            <numerusform>Nje ya mtandao · mazungumzo %n yanasubiri</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nje ya mtandao</translation>
    </message>
    <message>
        <source>The server cannot be reached now. Messages that could not go wait in their conversations.</source>
        <translation>Seva haifikiki sasa. Jumbe ambazo hazikuweza kutumwa zinasubiri katika mazungumzo yao.</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Ufunguo umekataliwa</translation>
    </message>
    <message>
        <source>The server refused the API key. Change the key in Settings (Ctrl+,).</source>
        <translation>Seva ilikataa ufunguo wa API. Badilisha ufunguo katika Mipangilio (Ctrl+,).</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Muunganisho</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>API keys are never kept in the settings file; use &quot;govstack-desktop login&quot;.</source>
        <translation>Funguo za API hazihifadhiwi kamwe kwenye faili ya mipangilio; tumia &quot;govstack-desktop login&quot;.</translation>
    </message>
    <message>
        <source>backend must be govstack or openai.</source>
        <translation>backend lazima iwe govstack au openai.</translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation>%1 lazima iwe anwani ya http au https.</translation>
    </message>
    <message>
        <source>govstack/profile must be v2 or govbot.</source>
        <translation>govstack/profile lazima iwe v2 au govbot.</translation>
    </message>
    <message>
        <source>language must be en, sw or sheng.</source>
        <translation>language lazima iwe en, sw au sheng.</translation>
    </message>
    <message>
        <source>uiLanguage must be en, sw, or empty for the system language.</source>
        <translation>uiLanguage lazima iwe en, sw, au tupu kwa lugha ya mfumo.</translation>
    </message>
    <message>
        <source>timeout must be a whole number of seconds above zero.</source>
        <translation>timeout lazima iwe idadi kamili ya sekunde, zaidi ya sifuri.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 haiwezi kuwa tupu.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Known settings: %2</source>
        <translation>Mpangilio &quot;%1&quot; haujulikani. Mipangilio inayojulikana: %2</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2)</source>
        <translation>Inayooana na OpenAI: %1 (%2)</translation>
    </message>
    <message>
        <source>GovStack server: %1 (%2)</source>
        <translation>Seva ya GovStack: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 must be a number of days from 0 (never) to %2.</source>
        <translation>%1 lazima iwe idadi ya siku kuanzia 0 (kamwe) hadi %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The server answered the health check with HTTP %1.</source>
        <translation>Seva imejibu ukaguzi wa hali kwa HTTP %1.</translation>
    </message>
    <message>
        <source>The server is reachable, but checking the key failed: %1</source>
        <translation>Seva inapatikana, lakini ukaguzi wa ufunguo umeshindikana: %1</translation>
    </message>
    <message>
        <source>The server is reachable, but it rejected the API key (HTTP %1).</source>
        <translation>Seva inapatikana, lakini imekataa ufunguo wa API (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is reachable and accepted the API key.</source>
        <translation>Seva inapatikana na imekubali ufunguo wa API.</translation>
    </message>
    <message>
        <source>The server is reachable, but the key check answered HTTP %1.</source>
        <translation>Seva inapatikana, lakini ukaguzi wa ufunguo umejibu HTTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server is reachable and offers %n model(s).</source>
        <translation>
            <numerusform>Seva inapatikana na inatoa modeli %n.</numerusform>
            <numerusform>Seva inapatikana na inatoa modeli %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Seva imejibu kwa HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>New chat</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Tuma sasa</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Sending the waiting messages…</source>
        <translation>Inatuma jumbe zinazosubiri…</translation>
    </message>
    <message>
        <source>Rate answer</source>
        <translation>Tathmini jibu</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Bandika</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Inasubiri jibu…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Imeghairiwa</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Kuhifadhi kumeshindikana</translation>
    </message>
    <message>
        <source>Open from server</source>
        <translation>Fungua kutoka kwa seva</translation>
    </message>
    <message>
        <source>Session id (as the server or the web app shows it):</source>
        <translation>Kitambulisho cha mazungumzo (kama seva au programu ya wavuti inavyokionyesha):</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>Uliza Tena</translation>
    </message>
    <message>
        <source>Show Version</source>
        <translation>Onyesha Toleo</translation>
    </message>
    <message>
        <source>Continue in a New Chat</source>
        <translation>Endeleza katika Mazungumzo Mapya</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Hamishia kwenye Pipa la Taka</translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” and its %n message(s) to the Trash?

You can restore it from View → Trash until the Trash deletes it for good.</source>
        <translation>
            <numerusform>Uhamishie “%1” na ujumbe wake %n kwenye Pipa la Taka?

Unaweza kuyarejesha kupitia Mwonekano → Pipa la Taka hadi Pipa la Taka litakapoyafuta kabisa.</numerusform>
            <numerusform>Uhamishie “%1” na jumbe zake %n kwenye Pipa la Taka?

Unaweza kuyarejesha kupitia Mwonekano → Pipa la Taka hadi Pipa la Taka litakapoyafuta kabisa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” and its %n message(s) to the Trash?

The GovStack server keeps a copy of this conversation. Deleting it there too cannot be undone; when the server cannot be reached, the delete waits and is sent with the next sync.</source>
        <translation>
            <numerusform>Uhamishie “%1” na ujumbe wake %n kwenye Pipa la Taka?

Seva ya GovStack ina nakala ya mazungumzo haya. Kuyafuta huko pia hakuwezi kutenduliwa; seva isipofikika, ufutaji unasubiri na kutumwa katika usawazishaji ujao.</numerusform>
            <numerusform>Uhamishie “%1” na jumbe zake %n kwenye Pipa la Taka?

Seva ya GovStack ina nakala ya mazungumzo haya. Kuyafuta huko pia hakuwezi kutenduliwa; seva isipofikika, ufutaji unasubiri na kutumwa katika usawazishaji ujao.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash, Keep the Server&apos;s Copy</source>
        <translation>Hamishia kwenye Pipa la Taka, bakiza nakala ya seva</translation>
    </message>
    <message>
        <source>Move to Trash and Delete on the Server</source>
        <translation>Hamishia kwenye Pipa la Taka na futa kwenye seva</translation>
    </message>
    <message>
        <source>“%1” is on legal hold: it cannot be moved to the Trash or deleted until the hold is lifted (Session → Legal Hold).</source>
        <translation>“%1” yako chini ya zuio la kisheria: hayawezi kuhamishiwa kwenye Pipa la Taka wala kufutwa hadi zuio liondolewe (Mazungumzo → Zuio la kisheria).</translation>
    </message>
</context>
<context>
    <name>ConversationDocument</name>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Zana</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Msaidizi</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Vyanzo:</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>Wito wa zana %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tool result from %1 (%n character(s)): %2</source>
        <translation>
            <numerusform>Matokeo ya zana %1 (herufi %n): %2</numerusform>
            <numerusform>Matokeo ya zana %1 (herufi %n): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPrint</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Haiwezi kuandika %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Haiwezi kuhifadhi %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationPrinter</name>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Session %1 · printed %2</source>
        <translation>Kipindi %1 · kimechapishwa %2</translation>
    </message>
    <message>
        <source>The printer or file cannot be written to.</source>
        <translation>Printa au faili haliwezi kuandikiwa.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Uchapishaji ulighairiwa.</translation>
    </message>
</context>
<context>
    <name>ConversationReader</name>
    <message>
        <source>Choose a conversation in the table to read it here.</source>
        <translation>Chagua mazungumzo kwenye jedwali ili uyasome hapa.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Yaliyotangulia</translation>
    </message>
    <message>
        <source>The conversation above in the table (Alt+Up)</source>
        <translation>Mazungumzo yaliyo juu kwenye jedwali (Alt+Up)</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Mazungumzo yaliyotangulia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Yanayofuata</translation>
    </message>
    <message>
        <source>The conversation below in the table (Alt+Down)</source>
        <translation>Mazungumzo yaliyo chini kwenye jedwali (Alt+Down)</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Mazungumzo yanayofuata</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Jumbe za mazungumzo</translation>
    </message>
    <message>
        <source>The conversation chosen in the table, to read</source>
        <translation>Mazungumzo yaliyochaguliwa kwenye jedwali, ya kusoma</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (Secret Service or KWallet), so the API key cannot be stored safely.</source>
        <translation>Kompyuta hii haina hifadhi ya siri (Secret Service au KWallet), kwa hiyo ufunguo wa API hauwezi kuhifadhiwa kwa usalama.</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Hifadhi ya siri imekataa ombi: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Folda ya data %1 haiwezi kuundwa.</translation>
    </message>
    <message>
        <source>Cannot restrict the data folder %1 to its owner.</source>
        <translation>Folda ya data %1 haiwezi kufungiwa kwa mmiliki wake pekee.</translation>
    </message>
</context>
<context>
    <name>DaySpinBox</name>
    <message>
        <source>Never</source>
        <translation>Kamwe</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>siku %n</numerusform>
            <numerusform>siku %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Editing your question. Sending asks it again in a new version of this conversation; the earlier version is kept.</source>
        <translation>Unahariri swali lako. Kutuma kunaliuliza tena katika toleo jipya la mazungumzo haya; toleo la awali linahifadhiwa.</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Acha Kuhariri</translation>
    </message>
    <message>
        <source>Leaves the question as it was (Esc)</source>
        <translation>Huliacha swali kama lilivyokuwa (Esc)</translation>
    </message>
    <message>
        <source>Editing a question</source>
        <translation>Kuhariri swali</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Haiwezi kuandika %1: %2</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Kuandika faili la kuhamisha kumeshindikana: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Uhamishaji umeghairiwa; hakuna faili lililoandikwa.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Haiwezi kuhifadhi %1: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>towe la kawaida</translation>
    </message>
    <message>
        <source>The export was written, but the audit trail could not record it: %1</source>
        <translation>Uhamishaji umeandikwa, lakini kumbukumbu ya ukaguzi haikuweza kuurekodi: %1</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n conversation(s) exported to “%1”.</source>
        <translation>
            <numerusform>Mazungumzo %n yamehamishwa kwenda “%1”.</numerusform>
            <numerusform>Mazungumzo %n yamehamishwa kwenda “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Onyesha Kwenye Folda</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Onyesha faili lililohamishwa kwenye folda yake</translation>
    </message>
    <message>
        <source>Signed with key %1 …</source>
        <translation>Imesainiwa kwa ufunguo %1 …</translation>
    </message>
    <message>
        <source>Signed with this installation&apos;s key %1</source>
        <translation>Imesainiwa kwa ufunguo wa usakinishaji huu %1</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Haijasainiwa.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Haijasainiwa: %1</translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>The integrity block is damaged or the file was rewritten.</source>
        <translation>Sehemu ya uadilifu imeharibika au faili liliandikwa upya.</translation>
    </message>
    <message>
        <source>Something outside the messages was changed (a title, a time, a rating, a version or the server-shaped copy of the messages).</source>
        <translation>Kitu nje ya jumbe kilibadilishwa (kichwa, wakati, tathmini, toleo au nakala ya jumbe yenye umbo la seva).</translation>
    </message>
    <message>
        <source>The signature does not match: the file was altered after it was signed, or signed with another key than the one it names.</source>
        <translation>Sahihi hailingani: faili lilibadilishwa baada ya kusainiwa, au lilisainiwa kwa ufunguo mwingine tofauti na unaotajwa.</translation>
    </message>
    <message>
        <source>The file is not signed, so it cannot be shown to come from key %1.</source>
        <translation>Faili halijasainiwa, kwa hiyo haliwezi kuonyeshwa kuwa linatoka kwa ufunguo %1.</translation>
    </message>
    <message>
        <source>The file was signed with key %1, not with key %2.</source>
        <translation>Faili lilisainiwa kwa ufunguo %1, si kwa ufunguo %2.</translation>
    </message>
    <message>
        <source>Session %1 was removed from the file.</source>
        <translation>Kipindi %1 kiliondolewa kwenye faili.</translation>
    </message>
    <message>
        <source>Session %1 was added, removed or moved.</source>
        <translation>Kipindi %1 kiliongezwa, kiliondolewa au kilihamishwa.</translation>
    </message>
    <message>
        <source>Session %1: message %2 was removed.</source>
        <translation>Kipindi %1: ujumbe %2 uliondolewa.</translation>
    </message>
    <message>
        <source>Session %1: message %2 was added.</source>
        <translation>Kipindi %1: ujumbe %2 uliongezwa.</translation>
    </message>
    <message>
        <source>Session %1: message %2 was changed.</source>
        <translation>Kipindi %1: ujumbe %2 ulibadilishwa.</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>si JSON: %1</translation>
    </message>
    <message>
        <source>not a GovStack Desktop export</source>
        <translation>si uhamishaji wa GovStack Desktop</translation>
    </message>
    <message>
        <source>The file carries no integrity block (it was removed, or the file was made by an older version), so it cannot be shown to be intact.</source>
        <translation>Faili halina sehemu ya uadilifu (iliondolewa, au faili lilitengenezwa na toleo la zamani), kwa hiyo haliwezi kuonyeshwa kuwa salama.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>API key: </source>
        <translation>Ufunguo wa API: </translation>
    </message>
    <message>
        <source>The API key for %1 is no longer stored.</source>
        <translation>Ufunguo wa API wa %1 haujahifadhiwa tena.</translation>
    </message>
    <message>
        <source>No key was given on standard input.</source>
        <translation>Hakuna ufunguo uliotolewa kwenye ingizo la kawaida.</translation>
    </message>
    <message>
        <source>Nothing was written to disk. To use a key for one run only, set %1.</source>
        <translation>Hakuna kilichoandikwa kwenye diski. Kutumia ufunguo kwa matumizi haya tu, weka %1.</translation>
    </message>
    <message>
        <source>The API key for %1 is stored in the keychain.</source>
        <translation>Ufunguo wa API wa %1 umehifadhiwa kwenye hifadhi ya siri.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GovStack Desktop</source>
        <translation>GovStack Desktop</translation>
    </message>
    <message>
        <source>About GovStack Desktop</source>
        <translation>Kuhusu GovStack Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GovStack Desktop %1&lt;/h3&gt;&lt;p&gt;Chat with the GovStack AI assistant about government services. Conversations are kept on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GovStack Desktop %1&lt;/h3&gt;&lt;p&gt;Zungumza na msaidizi wa akili bandia wa GovStack kuhusu huduma za serikali. Mazungumzo yanahifadhiwa kwenye kompyuta hii.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Exports from this computer are signed with the key:</source>
        <translation>Uhamishaji kutoka kompyuta hii husainiwa kwa ufunguo:</translation>
    </message>
    <message>
        <source>Compare it with what &lt;tt&gt;govstack-desktop verify&lt;/tt&gt; says of a file.</source>
        <translation>Ulinganishe na kile &lt;tt&gt;govstack-desktop verify&lt;/tt&gt; inasema kuhusu faili.</translation>
    </message>
    <message>
        <source>Exports cannot be signed: %1</source>
        <translation>Uhamishaji hauwezi kusainiwa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) without activity for longer than the retention period moved to the Trash.</source>
        <translation>
            <numerusform>Mazungumzo %n yasiyo na shughuli kwa muda mrefu kuliko muda wa kuhifadhi yamehamishiwa kwenye Pipa la Taka.</numerusform>
            <numerusform>Mazungumzo %n yasiyo na shughuli kwa muda mrefu kuliko muda wa kuhifadhi yamehamishiwa kwenye Pipa la Taka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash deleted %n conversation(s) for good.</source>
        <translation>
            <numerusform>Pipa la Taka limefuta kabisa mazungumzo %n.</numerusform>
            <numerusform>Pipa la Taka limefuta kabisa mazungumzo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Up First</source>
        <translation>Weka mipangilio kwanza</translation>
    </message>
    <message>
        <source>Your organisation asks that GovStack Desktop is set up before anything is sent. Open Settings, enter the server address and your key, and save.</source>
        <translation>Shirika lako linataka GovStack Desktop iwekewe mipangilio kabla ya kutuma chochote. Fungua Mipangilio, weka anwani ya seva na ufunguo wako, kisha uhifadhi.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Maelekezo</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Zana</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Msaidizi</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Vyanzo:</translation>
    </message>
    <message>
        <source>The assistant is not confident about this answer; check the sources or ask a person.</source>
        <translation>Msaidizi hana uhakika na jibu hili; kagua vyanzo au muulize afisa.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Sitisha</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the answer… %n s</source>
        <translation>
            <numerusform>Inasubiri jibu… sekunde %n</numerusform>
            <numerusform>Inasubiri jibu… sekunde %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was cut off before it was complete.</source>
        <translation>Jibu hili lilikatika kabla ya kukamilika.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Maandishi ya ujumbe</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Tuma sasa</translation>
    </message>
    <message>
        <source>You rated this answer helpful</source>
        <translation>Ulitathmini jibu hili kuwa la msaada</translation>
    </message>
    <message>
        <source>You rated this answer unhelpful</source>
        <translation>Ulitathmini jibu hili kuwa si la msaada</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Rate this answer helpful</source>
        <translation>Tathmini jibu hili kuwa la msaada</translation>
    </message>
    <message>
        <source>Rate this answer unhelpful</source>
        <translation>Tathmini jibu hili kuwa si la msaada</translation>
    </message>
    <message>
        <source>Being sent by another GovStack Desktop process (a command or another window). Its answer appears here when it arrives.</source>
        <translation>Unatumwa na programu nyingine ya GovStack Desktop (amri au dirisha jingine). Jibu lake litaonekana hapa likifika.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Fungua Mipangilio</translation>
    </message>
    <message>
        <source>Waits for the answer to the message before it.</source>
        <translation>Unasubiri jibu la ujumbe uliotangulia.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the API key.</source>
        <translation>Haukutumwa: seva ilikataa ufunguo wa API.</translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached.</source>
        <translation>Bado haujatumwa: seva haifikiki.</translation>
    </message>
    <message>
        <source>No answer yet: the server did not answer in time.</source>
        <translation>Bado hakuna jibu: seva haikujibu kwa wakati.</translation>
    </message>
    <message>
        <source>No answer yet: the connection broke.</source>
        <translation>Bado hakuna jibu: muunganisho ulikatika.</translation>
    </message>
    <message>
        <source>No answer yet: the server had an internal error.</source>
        <translation>Bado hakuna jibu: seva ilipata hitilafu ya ndani.</translation>
    </message>
    <message>
        <source>No answer yet: the server&apos;s gateway did not answer.</source>
        <translation>Bado hakuna jibu: lango la seva halikujibu.</translation>
    </message>
    <message>
        <source>No answer yet: the server&apos;s answer could not be read.</source>
        <translation>Bado hakuna jibu: jibu la seva halikusomeka.</translation>
    </message>
    <message>
        <source>No answer yet: the app stopped while sending it.</source>
        <translation>Bado hakuna jibu: programu ilisimama ikiutuma.</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Bado hakuna jibu.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Bado haujatumwa.</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Ilitumia %1</translation>
    </message>
    <message>
        <source>Thought it over</source>
        <translation>Ilitafakari</translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>maelezo %n</numerusform>
            <numerusform>maelezo %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Nakili maandishi</translation>
    </message>
    <message>
        <source>Hide the steps the assistant took</source>
        <translation>Ficha hatua alizochukua msaidizi</translation>
    </message>
    <message>
        <source>Show the steps the assistant took</source>
        <translation>Onyesha hatua alizochukua msaidizi</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Uliza: %1</translation>
    </message>
    <message>
        <source>Attached: </source>
        <translation>Viambatisho: </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>the version shown of how many</comment>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <source>Edit this question and ask it again</source>
        <translation>Hariri swali hili na uliulize tena</translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation>Omba jibu jingine</translation>
    </message>
    <message>
        <source>Previous version (%1 of %2 shown)</source>
        <translation>Toleo la awali (linaonyeshwa %1 kati ya %2)</translation>
    </message>
    <message>
        <source>Next version (%1 of %2 shown)</source>
        <translation>Toleo linalofuata (linaonyeshwa %1 kati ya %2)</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Tool call: %1</source>
        <translation>Matumizi ya zana: %1</translation>
    </message>
    <message>
        <source>Tool result: %1</source>
        <translation>Matokeo ya zana: %1</translation>
    </message>
    <message>
        <source>Asked to try again: %1</source>
        <translation>Imeombwa kujaribu tena: %1</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Fikra za msaidizi</translation>
    </message>
    <message>
        <source>(hidden by the provider)</source>
        <translation>(zimefichwa na mtoa huduma)</translation>
    </message>
    <message>
        <source>Instructions to the assistant</source>
        <translation>Maelekezo kwa msaidizi</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Msaidizi: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Wewe: %1</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Inasubiri jibu</translation>
    </message>
</context>
<context>
    <name>PdfExportCommand</name>
    <message>
        <source>Your organisation does not allow exports as PDF.</source>
        <translation>Shirika lako haliruhusu uhamishaji kama PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the conversation to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Mazungumzo yamehamishwa kwenda %1 (ukurasa %n).</numerusform>
            <numerusform>Mazungumzo yamehamishwa kwenda %1 (kurasa %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>phone number</source>
        <translation>nambari ya simu</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>anwani ya barua pepe</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>nambari ya kitambulisho</translation>
    </message>
    <message>
        <source>KRA PIN</source>
        <translation>PIN ya KRA</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>nambari ya pasipoti</translation>
    </message>
</context>
<context>
    <name>PersonalDataPrompt</name>
    <message>
        <source>Personal Data</source>
        <translation>Taarifa Binafsi</translation>
    </message>
    <message>
        <source>Your message holds personal data: %1.</source>
        <translation>Ujumbe wako una taarifa binafsi: %1.</translation>
    </message>
    <message>
        <source>It is marked in the message box. The assistant does not need it to answer, and the GovStack server removes such data. Send it only if you must.</source>
        <translation>Imewekwa alama katika kisanduku cha ujumbe. Msaidizi hauihitaji kujibu, na seva ya GovStack huondoa taarifa kama hizo. Ituma tu ikiwa ni lazima.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Hariri</translation>
    </message>
    <message>
        <source>Remove It and Send</source>
        <translation>Iondoe na Utume</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Tuma Hata Hivyo</translation>
    </message>
    <message>
        <source>It is marked in the message box. Your organisation does not allow sending personal data: edit the message, or send it without the data.</source>
        <translation>Imewekwa alama kwenye kisanduku cha ujumbe. Shirika lako haliruhusu kutuma data binafsi: hariri ujumbe, au utume bila data hiyo.</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Inaandika PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Inachapisha…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Hamisha kama PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Faili za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chapisha</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Helpful answer</source>
        <translation>Jibu la msaada</translation>
    </message>
    <message>
        <source>Unhelpful answer</source>
        <translation>Jibu lisilo la msaada</translation>
    </message>
    <message>
        <source>What was good about this answer? (optional)</source>
        <translation>Ni nini kilikuwa kizuri kuhusu jibu hili? (si lazima)</translation>
    </message>
    <message>
        <source>What was wrong with this answer? (optional)</source>
        <translation>Ni nini kilikuwa kibaya kuhusu jibu hili? (si lazima)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Maoni</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Lift Legal Hold</source>
        <translation>Ondoa zuio la kisheria</translation>
    </message>
    <message>
        <source>Lift the legal hold on this conversation? Anyone can then delete it, and retention can move it to the Trash.</source>
        <translation>Uondoe zuio la kisheria kwa mazungumzo haya? Kisha mtu yeyote anaweza kuyafuta, na muda wa kuhifadhi unaweza kuyahamishia kwenye Pipa la Taka.</translation>
    </message>
    <message>
        <source>Lift Hold</source>
        <translation>Ondoa zuio</translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation>Zuio la kisheria</translation>
    </message>
    <message>
        <source>Lift the legal hold on every conversation? Conversations without a hold of their own can then be deleted.</source>
        <translation>Uondoe zuio la kisheria kwa mazungumzo yote? Kisha mazungumzo yasiyo na zuio lao wenyewe yanaweza kufutwa.</translation>
    </message>
</context>
<context>
    <name>RecordsCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(bila kichwa)</translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation>%1 yamefutwa kabisa.</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation>%1 yamehamishiwa kwenye Pipa la Taka.</translation>
    </message>
    <message>
        <source>The server&apos;s copy is deleted with the next sync.</source>
        <translation>Nakala ya seva inafutwa katika usawazishaji ujao.</translation>
    </message>
    <message>
        <source>kept while on legal hold</source>
        <translation>yanahifadhiwa yakiwa chini ya zuio la kisheria</translation>
    </message>
    <message>
        <source>deleted for good on %1</source>
        <translation>yatafutwa kabisa tarehe %1</translation>
    </message>
    <message>
        <source>kept until the Trash is emptied</source>
        <translation>yanahifadhiwa hadi Pipa la Taka lisafishwe</translation>
    </message>
    <message>
        <source>trashed %1</source>
        <translation>yalitupwa %1</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Pipa la Taka ni tupu.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s) for good.</source>
        <translation>
            <numerusform>Mazungumzo %n yamefutwa kabisa.</numerusform>
            <numerusform>Mazungumzo %n yamefutwa kabisa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 yamerejeshwa.</translation>
    </message>
    <message>
        <source>Every conversation is on legal hold.</source>
        <translation>Mazungumzo yote yako chini ya zuio la kisheria.</translation>
    </message>
    <message>
        <source>No conversation is on legal hold.</source>
        <translation>Hakuna mazungumzo yaliyo chini ya zuio la kisheria.</translation>
    </message>
    <message>
        <source>The legal hold on every conversation is lifted.</source>
        <translation>Zuio la kisheria kwa mazungumzo yote limeondolewa.</translation>
    </message>
    <message>
        <source>%1 is on legal hold.</source>
        <translation>%1 yako chini ya zuio la kisheria.</translation>
    </message>
    <message>
        <source>The legal hold on %1 is lifted.</source>
        <translation>Zuio la kisheria kwa %1 limeondolewa.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>No messages match.</source>
        <translation>Hakuna ujumbe unaolingana.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Mazungumzo %n yamehamishwa kwenda %1.</numerusform>
            <numerusform>Mazungumzo %n yamehamishwa kwenda %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Yameletwa %1</translation>
    </message>
    <message>
        <source>Skipped %1: a session with this id exists (use --replace)</source>
        <translation>Yamerukwa %1: mazungumzo yenye kitambulisho hiki yapo (tumia --replace)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not answered yet</source>
        <translation>
            <numerusform>Ujumbe %n bado haujajibiwa</numerusform>
            <numerusform>Jumbe %n bado hazijajibiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n interrupted while being sent: they are checked with the server and sent only if it lacks them)</source>
        <translation>
            <numerusform> (%n ulikatizwa ukitumwa: unakaguliwa na seva na kutumwa tu ikiwa haina)</numerusform>
            <numerusform> (%n zilikatizwa zikitumwa: zinakaguliwa na seva na kutumwa tu ikiwa haina)</numerusform>
        </translation>
    </message>
    <message>
        <source>tool data: </source>
        <translation>data ya zana: </translation>
    </message>
    <message>
        <source>The export is not signed: %1</source>
        <translation>Uhamishaji haujasainiwa: %1</translation>
    </message>
    <message>
        <source>Signed with key %1.</source>
        <translation>Imesainiwa kwa ufunguo %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: CHANGED. %2</source>
        <translation>%1: IMEBADILISHWA. %2</translation>
    </message>
    <message>
        <source>%1: intact, %2 and %3 as they were exported.</source>
        <translation>%1: salama, %2 na %3 kama vilivyohamishwa.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>kipindi %n</numerusform>
            <numerusform>vipindi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>ujumbe %n</numerusform>
            <numerusform>jumbe %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed: the file is as it was written, but nothing shows who wrote it.</source>
        <translation>Haijasainiwa: faili liko kama lilivyoandikwa, lakini hakuna kinachoonyesha nani aliliandika.</translation>
    </message>
    <message>
        <source>The audit trail was CHANGED: %1</source>
        <translation>Kumbukumbu ya ukaguzi IMEBADILISHWA: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry(ies).</source>
        <translation>
            <numerusform>Kumbukumbu ya ukaguzi ni salama: ingizo %n.</numerusform>
            <numerusform>Kumbukumbu ya ukaguzi ni salama: maingizo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Hashi ya mwisho: %1</translation>
    </message>
    <message>
        <source>Your organisation does not allow exports as %1.</source>
        <translation>Shirika lako haliruhusu uhamishaji kama %1.</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>From</source>
        <translation>Kuanzia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hadi</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Siku ya kuanzia</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Siku ya mwisho</translation>
    </message>
    <message>
        <source>Back end</source>
        <translation>Huduma ya nyuma</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Yoyote</translation>
    </message>
    <message>
        <source>GovStack</source>
        <translation>GovStack</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Inayolingana na OpenAI</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Anwani ya seva</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Kitambulisho cha mtumiaji</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Rated answers only</source>
        <translation>Majibu yaliyotathminiwa tu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Kiingereza</translation>
    </message>
    <message>
        <source>Kiswahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <source>Sheng</source>
        <translation>Sheng</translation>
    </message>
    <message>
        <source>Only what happened on or after the day beside it</source>
        <translation>Yaliyotokea siku iliyo kando yake au baadaye tu</translation>
    </message>
    <message>
        <source>Only what happened on or before the day beside it</source>
        <translation>Yaliyotokea siku iliyo kando yake au kabla yake tu</translation>
    </message>
    <message>
        <source>The first day included</source>
        <translation>Siku ya kwanza inayohusika</translation>
    </message>
    <message>
        <source>The last day included</source>
        <translation>Siku ya mwisho inayohusika</translation>
    </message>
    <message>
        <source>The kind of server the conversations were held with</source>
        <translation>Aina ya seva ambayo mazungumzo yalifanyika nayo</translation>
    </message>
    <message>
        <source>The language the answers were given in</source>
        <translation>Lugha ambayo majibu yalitolewa</translation>
    </message>
    <message>
        <source>Only answers someone rated helpful or unhelpful</source>
        <translation>Majibu tu ambayo mtu aliyapima kuwa yanasaidia au hayasaidii</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Sessions</source>
        <translation>Kagua mazungumzo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Hamisha yaliyochaguliwa…</translation>
    </message>
    <message>
        <source>Export the selected conversations</source>
        <translation>Hamisha mazungumzo yaliyochaguliwa</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) match</source>
        <translation>
            <numerusform>Mazungumzo %n yanalingana</numerusform>
            <numerusform>Mazungumzo %n yanalingana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>Mazungumzo %n</numerusform>
            <numerusform>Mazungumzo %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Find by title, user or session id</source>
        <translation>Tafuta kwa kichwa, mtumiaji au kitambulisho</translation>
    </message>
    <message>
        <source>Find conversations</source>
        <translation>Tafuta mazungumzo</translation>
    </message>
    <message>
        <source>Number of conversations</source>
        <translation>Idadi ya mazungumzo</translation>
    </message>
    <message>
        <source>Every conversation, one a row; the one chosen shows below. Click a heading to sort.</source>
        <translation>Kila mazungumzo, moja kwa kila safu; yaliyochaguliwa huonekana chini. Bofya kichwa ili kupanga.</translation>
    </message>
    <message>
        <source>Writes the selected conversations to a file</source>
        <translation>Huandika mazungumzo yaliyochaguliwa kwenye faili</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>Tool data:</source>
        <translation>Data ya zana:</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, in tool data: %2</source>
        <translation>%1, katika data ya zana: %2</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>This session is still waiting for an answer.</source>
        <translation>Mazungumzo haya bado yanasubiri jibu.</translation>
    </message>
    <message>
        <source>No %1 server is set up for this session. Check Settings.</source>
        <translation>Hakuna seva ya %1 iliyowekwa kwa mazungumzo haya. Angalia Mipangilio.</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent again.</source>
        <translation>Ujumbe huu haujasubiri kutumwa tena.</translation>
    </message>
    <message>
        <source>This conversation is kept on the server %1 (%2), but the app is set up for %3. Its waiting messages are sent when Settings point to %1 again.</source>
        <translation>Mazungumzo haya yamehifadhiwa kwenye seva %1 (%2), lakini programu imewekwa kwa %3. Jumbe zake zinazosubiri zitatumwa Mipangilio ikielekeza tena kwa %1.</translation>
    </message>
    <message>
        <source>Another GovStack Desktop process is sending a message of this session. Try again when it has its answer.</source>
        <translation>Programu nyingine ya GovStack Desktop inatuma ujumbe wa mazungumzo haya. Jaribu tena ukishapata jibu lake.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Conversation title</source>
        <translation>Jina la mazungumzo</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Zana</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Msaidizi</translation>
    </message>
    <message>
        <source>Tool call `%1`:</source>
        <translation>Wito wa zana `%1`:</translation>
    </message>
    <message>
        <source>Tool result `%1`:</source>
        <translation>Matokeo ya zana `%1`:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Vyanzo:</translation>
    </message>
    <message>
        <source>Rated helpful</source>
        <translation>Limetathminiwa kuwa la msaada</translation>
    </message>
    <message>
        <source>Rated unhelpful</source>
        <translation>Limetathminiwa kuwa si la msaada</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Mazungumzo: %1</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Seva: %1 (%2)</translation>
    </message>
    <message>
        <source>Back end: %1</source>
        <translation>Huduma ya nyuma: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Mtumiaji: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Yalianza: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Shughuli ya mwisho: %1</translation>
    </message>
    <message>
        <source>waiting to be sent to the server</source>
        <translation>unasubiri kutumwa kwa seva</translation>
    </message>
    <message>
        <source>being sent when the export was made</source>
        <translation>ulikuwa ukitumwa wakati wa kuhamisha</translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation>haukujibiwa: %1</translation>
    </message>
    <message>
        <source>an answer cut off before it was complete</source>
        <translation>jibu lililokatika kabla ya kukamilika</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) left out, not part of the conversation the assistant saw:</source>
        <translation>
            <numerusform>Ujumbe %n umeachwa nje, si sehemu ya mazungumzo aliyoyaona msaidizi:</numerusform>
            <numerusform>Jumbe %n zimeachwa nje, si sehemu ya mazungumzo aliyoyaona msaidizi:</numerusform>
        </translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation>ujumbe %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>This is the version shown of this conversation; %n other version(s) are kept (questions edited or answers asked for again), in the JSON export.</source>
        <translation>
            <numerusform>Hili ndilo toleo linaloonyeshwa la mazungumzo haya; toleo %n jingine limehifadhiwa (maswali yaliyohaririwa au majibu yaliyoombwa tena), katika faili ya JSON.</numerusform>
            <numerusform>Hili ndilo toleo linaloonyeshwa la mazungumzo haya; matoleo %n mengine yamehifadhiwa (maswali yaliyohaririwa au majibu yaliyoombwa tena), katika faili ya JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Export conversations</source>
        <translation>Hamisha mazungumzo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n conversation(s)…</source>
        <translation>
            <numerusform>Inahamisha mazungumzo %n…</numerusform>
            <numerusform>Inahamisha mazungumzo %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Leta mazungumzo</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Leta</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Hakuna kilicholetwa.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) imported.</source>
        <translation>
            <numerusform>Mazungumzo %n yameletwa.</numerusform>
            <numerusform>Mazungumzo %n yameletwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Inaleta…</translation>
    </message>
    <message>
        <source>GovStack conversations</source>
        <translation>Mazungumzo ya GovStack</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) already here were left as they are:</source>
        <translation>
            <numerusform>Mazungumzo %n yaliyokuwepo tayari yameachwa kama yalivyo:</numerusform>
            <numerusform>Mazungumzo %n yaliyokuwepo tayari yameachwa kama yalivyo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Them</source>
        <translation>Yabadilishe</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>Faili za JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Faili za Markdown (*.md)</translation>
    </message>
    <message>
        <source>Your organisation does not allow exports as Markdown.</source>
        <translation>Shirika lako haliruhusu uhamishaji kama Markdown.</translation>
    </message>
    <message>
        <source>Your organisation does not allow exports as JSON.</source>
        <translation>Shirika lako haliruhusu uhamishaji kama JSON.</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: faili halipo</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; files over %3 MB are not imported</source>
        <translation>%1: faili lina MB %2; faili zaidi ya MB %3 haziletwi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>si JSON halali kwenye baiti %1: %2</translation>
    </message>
    <message>
        <source>format: not a GovStack Desktop export</source>
        <translation>format: si faili la kuhamisha la GovStack Desktop</translation>
    </message>
    <message>
        <source>version: written by a newer GovStack Desktop (export version %1, this one reads %2)</source>
        <translation>version: limeandikwa na GovStack Desktop mpya zaidi (toleo la %1, hii inasoma hadi %2)</translation>
    </message>
    <message>
        <source>not a GovStack Desktop export, a server history or a PydanticAI history</source>
        <translation>si faili la kuhamisha la GovStack Desktop, historia ya seva wala historia ya PydanticAI</translation>
    </message>
    <message>
        <source>session %1 is in the file twice</source>
        <translation>mazungumzo %1 yamo kwenye faili mara mbili</translation>
    </message>
    <message>
        <source>not an ISO 8601 time: %1</source>
        <translation>si wakati wa ISO 8601: %1</translation>
    </message>
    <message>
        <source>fewer entries than pydantic_ai_messages has turns</source>
        <translation>maingizo ni machache kuliko zamu zilizomo katika pydantic_ai_messages</translation>
    </message>
    <message>
        <source>a rating is 1 to 5, not %1</source>
        <translation>tathmini ni 1 hadi 5, si %1</translation>
    </message>
    <message>
        <source>no answer in this session has this id</source>
        <translation>hakuna jibu katika mazungumzo haya lenye kitambulisho hiki</translation>
    </message>
    <message>
        <source>%1: not a regular file (a pipe, device or folder), so it is not imported</source>
        <translation>%1: si faili la kawaida (bomba, kifaa au folda), kwa hiyo haliletwi</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; files over %2 MB are not imported</source>
        <translation>%1: faili ni kubwa kuliko MB %2; faili zaidi ya MB %2 haziletwi</translation>
    </message>
    <message>
        <source>There is nothing more to import.</source>
        <translation>Hakuna kingine cha kuleta.</translation>
    </message>
    <message>
        <source>the first version is not the session itself</source>
        <translation>toleo la kwanza si kipindi chenyewe</translation>
    </message>
    <message>
        <source>it comes from a version not listed before it</source>
        <translation>linatoka kwa toleo lisiloorodheshwa kabla yake</translation>
    </message>
    <message>
        <source>no version listed has this id</source>
        <translation>hakuna toleo lililoorodheshwa lenye kitambulisho hiki</translation>
    </message>
    <message>
        <source>not a signed export, and signed files are required.</source>
        <translation>si uhamishaji uliosainiwa, na faili zilizosainiwa zinahitajika.</translation>
    </message>
    <message>
        <source>%1: not signed.</source>
        <translation>%1: haijasainiwa.</translation>
    </message>
    <message>
        <source>changed since it was exported, so it is not imported. %1</source>
        <translation>imebadilishwa tangu ilipohamishwa, kwa hiyo hailetwi. %1</translation>
    </message>
    <message>
        <source>intact but not signed, and signed files are required.</source>
        <translation>salama lakini haijasainiwa, na faili zilizosainiwa zinahitajika.</translation>
    </message>
    <message>
        <source>%1: intact, not signed.</source>
        <translation>%1: salama, haijasainiwa.</translation>
    </message>
    <message>
        <source>%1: intact, signed with key %2.</source>
        <translation>%1: salama, imesainiwa kwa ufunguo %2.</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>%1, %2 messages</source>
        <translation>%1, jumbe %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Zilizobandikwa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Wiki hii</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Za zamani</translation>
    </message>
    <message>
        <source>Not on the server any more; kept on this computer.</source>
        <translation>Haipo tena kwenye seva; imehifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Opened from the server.</source>
        <translation>Imefunguliwa kutoka kwa seva.</translation>
    </message>
    <message>
        <source>On legal hold: it cannot be deleted.</source>
        <translation>Chini ya zuio la kisheria: hayawezi kufutwa.</translation>
    </message>
    <message>
        <source>%1, %2 messages, on legal hold</source>
        <translation>%1, jumbe %2, chini ya zuio la kisheria</translation>
    </message>
</context>
<context>
    <name>SessionSidebar</name>
    <message>
        <source>Search all messages</source>
        <translation>Tafuta katika jumbe zote</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Matokeo ya utafutaji</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>Ujumbe %n umepatikana</numerusform>
            <numerusform>Jumbe %n zimepatikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found with the filters on</source>
        <translation>
            <numerusform>Ujumbe %n umepatikana vichujio vikiwa vimewashwa</numerusform>
            <numerusform>Jumbe %n zimepatikana vichujio vikiwa vimewashwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) narrow the search</source>
        <translation>
            <numerusform>Kichujio %n kinapunguza utafutaji</numerusform>
            <numerusform>Vichujio %n vinapunguza utafutaji</numerusform>
        </translation>
    </message>
    <message>
        <source>Narrow the search by date, server, user or language</source>
        <translation>Punguza utafutaji kwa tarehe, seva, mtumiaji au lugha</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Vichwa</translation>
    </message>
    <message>
        <source>Look for words in the conversations&apos; titles (Ctrl+K)</source>
        <translation>Tafuta maneno katika vichwa vya mazungumzo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Tafuta vichwa</translation>
    </message>
    <message>
        <source>Look for words in every message of every conversation (Ctrl+Shift+F)</source>
        <translation>Tafuta maneno katika kila ujumbe wa kila mazungumzo (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the conversations&apos; titles (Ctrl+K)</source>
        <translation>Tafuta katika vichwa vya mazungumzo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+Shift+F)</source>
        <translation>Tafuta katika kila ujumbe (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message numerus="yes">
        <source>Search filters, %n on</source>
        <translation>
            <numerusform>Vichujio vya utafutaji, %n kimewashwa</numerusform>
            <numerusform>Vichujio vya utafutaji, %n vimewashwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Vichujio vya utafutaji</translation>
    </message>
    <message>
        <source>Your conversations, newest first. Enter opens one, F2 renames it, Shift+F10 opens its menu.</source>
        <translation>Mazungumzo yako, mapya kwanza. Enter hufungua, F2 hubadilisha jina, Shift+F10 hufungua menyu yake.</translation>
    </message>
    <message>
        <source>Starts a new conversation (Ctrl+N)</source>
        <translation>Huanzisha mazungumzo mapya (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <source>The server has no session with this id.</source>
        <translation>Seva haina mazungumzo yenye kitambulisho hiki.</translation>
    </message>
    <message>
        <source>The server no longer has this session; it is kept here.</source>
        <translation>Seva haina tena mazungumzo haya; yamehifadhiwa hapa.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Inayolingana na OpenAI</translation>
    </message>
    <message>
        <source>GovStack</source>
        <translation>GovStack</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaliundwa</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Shughuli ya mwisho</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Kitambulisho cha mtumiaji</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Seva</translation>
    </message>
    <message>
        <source>Back end</source>
        <translation>Huduma ya nyuma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>%1 helpful, %2 not</source>
        <translation>%1 yanasaidia, %2 hayasaidii</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Testing…</source>
        <translation>Inajaribu…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>GovStack server</source>
        <translation>Seva ya GovStack</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Seva inayooana na OpenAI</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Kiingereza</translation>
    </message>
    <message>
        <source>Kiswahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <source>Sheng</source>
        <translation>Sheng</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kama mfumo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sek</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Acha tupu kutumia uliopo</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Jaribu muunganisho</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Msaidizi:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Anwani ya seva:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Anwani ya API:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modeli:</translation>
    </message>
    <message>
        <source>Instructions to the assistant:</source>
        <translation>Maelekezo kwa msaidizi:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Ufunguo wa API:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Kitambulisho cha mtumiaji:</translation>
    </message>
    <message>
        <source>Language of answers:</source>
        <translation>Lugha ya majibu:</translation>
    </message>
    <message>
        <source>Give up after:</source>
        <translation>Acha kusubiri baada ya:</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Lugha ya programu:</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Matokeo ya jaribio la muunganisho</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>GovStack v2</source>
        <translation>GovStack toleo la 2</translation>
    </message>
    <message>
        <source>GovStack (deployed)</source>
        <translation>GovStack (inayotumika)</translation>
    </message>
    <message>
        <source>Server type:</source>
        <translation>Aina ya seva:</translation>
    </message>
    <message>
        <source>A key typed here is kept in the system keychain, never in a file.</source>
        <translation>Ufunguo unaoandikwa hapa unahifadhiwa kwenye hifadhi ya funguo ya mfumo, kamwe si kwenye faili.</translation>
    </message>
    <message>
        <source>In use: the key from the environment variable %1, which wins over one typed here.</source>
        <translation>Unaotumika: ufunguo kutoka kwa kigezo cha mazingira %1, unaotangulia ule unaoandikwa hapa.</translation>
    </message>
    <message>
        <source>The kind of server that answers</source>
        <translation>Aina ya seva inayojibu</translation>
    </message>
    <message>
        <source>The address of the GovStack chat server, starting with https://</source>
        <translation>Anwani ya seva ya mazungumzo ya GovStack, inayoanza na https://</translation>
    </message>
    <message>
        <source>GovStack v2 answers at /v2/chat; the deployed server at /chat</source>
        <translation>GovStack toleo la 2 hujibu kwenye /v2/chat; seva iliyowekwa hujibu kwenye /chat</translation>
    </message>
    <message>
        <source>The address of the OpenAI-compatible API, ending in /v1</source>
        <translation>Anwani ya API inayolingana na OpenAI, inayoishia na /v1</translation>
    </message>
    <message>
        <source>The name of the model the server should use</source>
        <translation>Jina la modeli ambayo seva inapaswa kutumia</translation>
    </message>
    <message>
        <source>Sent before every conversation</source>
        <translation>Hutumwa kabla ya kila mazungumzo</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file</source>
        <translation>Huhifadhiwa kwenye hifadhi ya funguo ya mfumo, kamwe si kwenye faili</translation>
    </message>
    <message>
        <source>The name the server knows you by</source>
        <translation>Jina ambalo seva inakutambua nalo</translation>
    </message>
    <message>
        <source>The language the assistant answers in</source>
        <translation>Lugha ambayo msaidizi hujibu</translation>
    </message>
    <message>
        <source>How long to wait for an answer before saying it did not come</source>
        <translation>Muda wa kusubiri jibu kabla ya kusema halikufika</translation>
    </message>
    <message>
        <source>The language of the app&apos;s menus and messages</source>
        <translation>Lugha ya menyu na jumbe za programu</translation>
    </message>
    <message>
        <source>Checks that the server answers and takes the key</source>
        <translation>Hukagua kuwa seva inajibu na inakubali ufunguo</translation>
    </message>
    <message>
        <source>Saves the settings and closes</source>
        <translation>Huhifadhi mipangilio na kufunga</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Hufunga bila kuhifadhi</translation>
    </message>
    <message>
        <source>In use: the key kept in the system keychain for this server. One typed here replaces it.</source>
        <translation>Unaotumika: ufunguo uliohifadhiwa kwenye hifadhi ya funguo ya mfumo kwa seva hii. Ukiandika mwingine hapa, utauchukua nafasi.</translation>
    </message>
    <message>
        <source>No key is kept for this server yet. One typed here is kept in the system keychain, never in a file.</source>
        <translation>Bado hakuna ufunguo uliohifadhiwa kwa seva hii. Unaoandikwa hapa huhifadhiwa kwenye hifadhi ya funguo ya mfumo, kamwe si kwenye faili.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Imewekwa na shirika lako</translation>
    </message>
    <message>
        <source>Move to Trash after:</source>
        <translation>Hamishia kwenye Pipa la Taka baada ya:</translation>
    </message>
    <message>
        <source>Conversations without activity for this long go to the Trash; pinned ones and those on legal hold stay</source>
        <translation>Mazungumzo yasiyo na shughuli kwa muda huu huenda kwenye Pipa la Taka; yaliyobandikwa na yaliyo chini ya zuio la kisheria hubaki</translation>
    </message>
    <message>
        <source>Empty Trash after:</source>
        <translation>Safisha Pipa la Taka baada ya:</translation>
    </message>
    <message>
        <source>How long the Trash keeps conversations before deleting them</source>
        <translation>Muda ambao Pipa la Taka huhifadhi mazungumzo kabla ya kuyafuta</translation>
    </message>
    <message>
        <source>Conversations are kept until you delete them.</source>
        <translation>Mazungumzo yanahifadhiwa hadi uyafute.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have had no activity for longer and go to the Trash when you save.</source>
        <translation>
            <numerusform>Mazungumzo %n hayajakuwa na shughuli kwa muda mrefu zaidi na yataenda kwenye Pipa la Taka utakapohifadhi.</numerusform>
            <numerusform>Mazungumzo %n hayajakuwa na shughuli kwa muda mrefu zaidi na yataenda kwenye Pipa la Taka utakapohifadhi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: “%1” on %2.</source>
        <translation>Yanayofuata: “%1” tarehe %2.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>No conversation goes to the Trash for now.</source>
        <translation>Hakuna mazungumzo yanayoenda kwenye Pipa la Taka kwa sasa.</translation>
    </message>
    <message numerus="yes">
        <source>Move to Trash after %n day(s)</source>
        <translation>
            <numerusform>Hamishia kwenye Pipa la Taka baada ya siku %n</numerusform>
            <numerusform>Hamishia kwenye Pipa la Taka baada ya siku %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have had no activity for longer than this and go to the Trash now. You can restore them from View → Trash.</source>
        <translation>
            <numerusform>Mazungumzo %n hayajakuwa na shughuli kwa muda mrefu kuliko huu na yanaenda kwenye Pipa la Taka sasa. Unaweza kuyarejesha kupitia Mwonekano → Pipa la Taka.</numerusform>
            <numerusform>Mazungumzo %n hayajakuwa na shughuli kwa muda mrefu kuliko huu na yanaenda kwenye Pipa la Taka sasa. Unaweza kuyarejesha kupitia Mwonekano → Pipa la Taka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and Move to Trash</source>
        <translation>Hifadhi na hamishia kwenye Pipa la Taka</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Muunganisho</translation>
    </message>
    <message>
        <source>Keeping Conversations</source>
        <translation>Kuhifadhi mazungumzo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Tuma ujumbe</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Anza mstari mpya</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Bring back the last message to edit</source>
        <translation>Rudisha ujumbe wa mwisho ili kuuhariri</translation>
    </message>
    <message>
        <source>Up, in an empty message box</source>
        <translation>Juu, katika kisanduku tupu cha ujumbe</translation>
    </message>
    <message>
        <source>Scroll the conversation by a page</source>
        <translation>Sogeza mazungumzo ukurasa mmoja</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <source>Go to the start or end of the conversation</source>
        <translation>Nenda mwanzo au mwisho wa mazungumzo</translation>
    </message>
    <message>
        <source>Ctrl+Home, Ctrl+End</source>
        <translation>Ctrl+Home, Ctrl+End</translation>
    </message>
    <message>
        <source>Open the menu of a message or conversation</source>
        <translation>Fungua menyu ya ujumbe au mazungumzo</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Kitufe cha menyu, Shift+F10</translation>
    </message>
    <message>
        <source>Move from a search box to its results</source>
        <translation>Hamia kutoka kisanduku cha utafutaji hadi matokeo yake</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Chini</translation>
    </message>
    <message>
        <source>Empty a search box</source>
        <translation>Futa kisanduku cha utafutaji</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Show the previous or next version of a question or answer</source>
        <translation>Onyesha toleo la awali au linalofuata la swali au jibu</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Kushoto, Alt+Kulia</translation>
    </message>
    <message>
        <source>Give up editing a question</source>
        <translation>Acha kuhariri swali</translation>
    </message>
    <message>
        <source>Escape, in the message box</source>
        <translation>Escape, katika kisanduku cha ujumbe</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The signing key in the keychain is damaged.</source>
        <translation>Ufunguo wa kusaini ulio kwenye hifadhi ya funguo umeharibika.</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>No keychain is available on this computer (Secret Service or KWallet) to keep the signing key in.</source>
        <translation>Hakuna hifadhi ya funguo kwenye kompyuta hii (Secret Service au KWallet) ya kuweka ufunguo wa kusaini.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Opened session %1.</source>
        <translation>Mazungumzo %1 yamefunguliwa.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>&quot;%1&quot; is not a session id: ids are up to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>&quot;%1&quot; si kitambulisho cha mazungumzo: vitambulisho ni hadi herufi 64, tarakimu, nukta, vistari au mistari ya chini.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n session(s) checked</source>
        <translation>
            <numerusform>Mazungumzo %n yamekaguliwa</numerusform>
            <numerusform>Mazungumzo %n yamekaguliwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) opened from the server</source>
        <translation>
            <numerusform>Mazungumzo %n yamefunguliwa kutoka kwa seva</numerusform>
            <numerusform>Mazungumzo %n yamefunguliwa kutoka kwa seva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s) made elsewhere added</source>
        <translation>
            <numerusform>Zamu %n iliyofanywa kwingineko imeongezwa</numerusform>
            <numerusform>Zamu %n zilizofanywa kwingineko zimeongezwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) now carry the server&apos;s full agent trace</source>
        <translation>
            <numerusform>Jibu %n sasa lina mfuatano kamili wa wakala wa seva</numerusform>
            <numerusform>Majibu %n sasa yana mfuatano kamili wa wakala wa seva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting message(s) found already answered on the server</source>
        <translation>
            <numerusform>Ujumbe %n uliokuwa ukisubiri umekutwa tayari umejibiwa kwenye seva</numerusform>
            <numerusform>Jumbe %n zilizokuwa zikisubiri zimekutwa tayari zimejibiwa kwenye seva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting message(s) sent</source>
        <translation>
            <numerusform>Ujumbe %n uliokuwa ukisubiri umetumwa</numerusform>
            <numerusform>Jumbe %n zilizokuwa zikisubiri zimetumwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted on the server</source>
        <translation>
            <numerusform>Mazungumzo %n yamefutwa kwenye seva</numerusform>
            <numerusform>Mazungumzo %n yamefutwa kwenye seva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) sent</source>
        <translation>
            <numerusform>Tathmini %n imetumwa</numerusform>
            <numerusform>Tathmini %n zimetumwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer on the server (kept here)</source>
        <translation>
            <numerusform>Mazungumzo %n hayapo tena kwenye seva (yamehifadhiwa hapa)</numerusform>
            <numerusform>Mazungumzo %n hayapo tena kwenye seva (yamehifadhiwa hapa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) skipped (busy, or of another server)</source>
        <translation>
            <numerusform>Mazungumzo %n yamerukwa (yana shughuli, au ni ya seva nyingine)</numerusform>
            <numerusform>Mazungumzo %n yamerukwa (yana shughuli, au ni ya seva nyingine)</numerusform>
        </translation>
    </message>
    <message>
        <source>No GovStack server is set up, so there is nothing to sync with. Check Settings.</source>
        <translation>Hakuna seva ya GovStack iliyowekwa, kwa hiyo hakuna cha kusawazisha. Angalia Mipangilio.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Imesimamishwa: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Imeghairiwa</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) whose sending was interrupted (the app stopped); each is sent only if the server lacks it</source>
        <translation>
            <numerusform>Ujumbe %n ambao utumaji wake ulikatizwa (programu ilisimama); unatumwa tu ikiwa seva haina</numerusform>
            <numerusform>Jumbe %n ambazo utumaji wake ulikatizwa (programu ilisimama); kila moja inatumwa tu ikiwa seva haina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left alone: another GovStack Desktop process is sending their messages</source>
        <translation>
            <numerusform>Mazungumzo %n yameachwa: programu nyingine ya GovStack Desktop inatuma jumbe zake</numerusform>
            <numerusform>Mazungumzo %n yameachwa: programu nyingine ya GovStack Desktop inatuma jumbe zake</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Mazungumzo %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Stop Sync</source>
        <translation>Simamisha usawazishaji</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Simamisha usawazishaji</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Inasawazisha…</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Inasawazisha… %1 kati ya %2</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Usawazishaji umesimamishwa</translation>
    </message>
    <message numerus="yes">
        <source>Synced, with %n problem(s)</source>
        <translation>
            <numerusform>Imesawazishwa, na tatizo %n</numerusform>
            <numerusform>Imesawazishwa, na matatizo %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on the server %1; the app is set up for another server. Waiting messages are sent when Settings point to %1 again.</source>
        <translation>Yamehifadhiwa kwenye seva %1; programu imewekwa kwa seva nyingine. Jumbe zinazosubiri zitatumwa Mipangilio ikielekeza tena kwa %1.</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Kwenye kompyuta hii tu</translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation>Imelinganishwa na seva</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Inasubiri jibu…</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Inasubiri seva</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Inahitaji uangalizi: %1</translation>
    </message>
    <message>
        <source>Not on the server any more; kept on this computer</source>
        <translation>Haipo tena kwenye seva; imehifadhiwa kwenye kompyuta hii</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>The Trash is empty.</source>
        <translation>Pipa la Taka ni tupu.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Pipa la Taka</translation>
    </message>
    <message numerus="yes">
        <source>Deleted conversations stay here for %n day(s), then are deleted for good. They are not searched, synced or sent until you restore them.</source>
        <translation>
            <numerusform>Mazungumzo yaliyofutwa hukaa hapa kwa siku %n, kisha hufutwa kabisa. Hayatafutwi, hayasawazishwi wala kutumwa hadi uyarejeshe.</numerusform>
            <numerusform>Mazungumzo yaliyofutwa hukaa hapa kwa siku %n, kisha hufutwa kabisa. Hayatafutwi, hayasawazishwi wala kutumwa hadi uyarejeshe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversations stay here until you empty the Trash. They are not searched, synced or sent until you restore them.</source>
        <translation>Mazungumzo yaliyofutwa hukaa hapa hadi usafishe Pipa la Taka. Hayatafutwi, hayasawazishwi wala kutumwa hadi uyarejeshe.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rejesha</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Futa kabisa…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Safisha Pipa la Taka…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Futa kabisa</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversation(s) for good? This cannot be undone: their messages are removed from this computer, search included.</source>
        <translation>
            <numerusform>Ufute kabisa mazungumzo %n? Hili haliwezi kutenduliwa: jumbe zake zinaondolewa kwenye kompyuta hii, pamoja na utafutaji.</numerusform>
            <numerusform>Ufute kabisa mazungumzo %n? Hili haliwezi kutenduliwa: jumbe zake zinaondolewa kwenye kompyuta hii, pamoja na utafutaji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Safisha Pipa la Taka</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n conversation(s) in the Trash for good? This cannot be undone. Conversations on legal hold stay.</source>
        <translation>
            <numerusform>Ufute kabisa mazungumzo yote %n yaliyo kwenye Pipa la Taka? Hili haliwezi kutenduliwa. Mazungumzo yaliyo chini ya zuio la kisheria hubaki.</numerusform>
            <numerusform>Ufute kabisa mazungumzo yote %n yaliyo kwenye Pipa la Taka? Hili haliwezi kutenduliwa. Mazungumzo yaliyo chini ya zuio la kisheria hubaki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting for good: the search index and the file are rewritten without them. In a large history this takes a few seconds.</source>
        <translation>Inafuta kabisa: faharasa ya utafutaji na faili zinaandikwa upya bila mazungumzo hayo. Katika historia kubwa hii huchukua sekunde chache.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Kept: on legal hold</source>
        <translation>Yanahifadhiwa: chini ya zuio la kisheria</translation>
    </message>
    <message>
        <source>Kept until the Trash is emptied</source>
        <translation>Yanahifadhiwa hadi Pipa la Taka lisafishwe</translation>
    </message>
    <message>
        <source>Deleted for good on %1</source>
        <translation>Yatafutwa kabisa tarehe %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Yalihamishiwa kwenye Pipa la Taka</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Kitakachofuata</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>M&amp;azungumzo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>Mazungumzo &amp;mapya</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Mipangilio…</translation>
    </message>
    <message>
        <source>&amp;Open from Server…</source>
        <translation>&amp;Fungua kutoka kwa seva…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sa&amp;wazisha sasa</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>L&amp;eta…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Hamisha &amp;yote…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Funga programu</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Nakili ujumbe</translation>
    </message>
    <message>
        <source>&amp;Search All Messages</source>
        <translation>&amp;Tafuta katika jumbe zote</translation>
    </message>
    <message>
        <source>Go to &amp;Conversations</source>
        <translation>Nenda kwenye &amp;orodha ya mazungumzo</translation>
    </message>
    <message>
        <source>Go to &amp;Message Box</source>
        <translation>Nenda kwenye &amp;kisanduku cha ujumbe</translation>
    </message>
    <message>
        <source>&amp;Review Sessions</source>
        <translation>Ka&amp;gua mazungumzo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Badilisha jina</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>&amp;Bandika au bandua</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Hamisha…</translation>
    </message>
    <message>
        <source>Re&amp;try or Send Waiting Message</source>
        <translation>Ja&amp;ribu tena au tuma ujumbe unaosubiri</translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation>&amp;Sitisha ombi</translation>
    </message>
    <message>
        <source>&amp;About GovStack Desktop</source>
        <translation>&amp;Kuhusu GovStack Desktop</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Njia za mkato za &amp;kibodi</translation>
    </message>
    <message>
        <source>Search &amp;Titles</source>
        <translation>Tafuta &amp;Vichwa</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>Kumbukumbu ya &amp;Ukaguzi</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Hamisha kama P&amp;DF…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Pipa la Taka</translation>
    </message>
    <message>
        <source>&amp;Move to Trash…</source>
        <translation>Hamishia kwenye &amp;Pipa la Taka…</translation>
    </message>
    <message>
        <source>Legal &amp;Hold</source>
        <translation>&amp;Zuio la kisheria</translation>
    </message>
    <message>
        <source>Legal Hold on &amp;All Conversations</source>
        <translation>Zuio la kisheria kwa mazungumzo &amp;yote</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GovStack Desktop</source>
        <translation>GovStack Desktop</translation>
    </message>
    <message>
        <source>GovStack Desktop is already open for %1; its window was brought to the front.</source>
        <translation>GovStack Desktop tayari iko wazi kwa %1; dirisha lake limeletwa mbele.</translation>
    </message>
    <message>
        <source>GovStack Desktop is already open for %1 (process %2) and does not respond. Close it, or start with another --data-dir.</source>
        <translation>GovStack Desktop tayari iko wazi kwa %1 (mchakato %2) na haijibu. Ifunge, au anza na --data-dir nyingine.</translation>
    </message>
    <message>
        <source>Cannot write the lock file in %1.</source>
        <translation>Faili ya kufuli haiwezi kuandikwa katika %1.</translation>
    </message>
    <message>
        <source>Your organisation does not allow the %1 back end.</source>
        <translation>Shirika lako haliruhusu huduma ya nyuma ya %1.</translation>
    </message>
    <message>
        <source>Your organisation asks that GovStack Desktop is set up before anything is sent: choose the server with &quot;config set govstack/url URL&quot; (or in the app&apos;s Settings), or name it with --server.</source>
        <translation>Shirika lako linataka GovStack Desktop iwekewe mipangilio kabla ya kutuma chochote: chagua seva kwa &quot;config set govstack/url URL&quot; (au katika Mipangilio ya programu), au itaje kwa --server.</translation>
    </message>
</context>
</TS>
