<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>Advice</name>
    <message>
        <source>A guide built from the sources and general practice, not professional advice: the right choice also turns on the provider, the price and your market.</source>
        <translation>स्रोतों और सामान्य व्यवहार पर आधारित एक मार्गदर्शिका, पेशेवर सलाह नहीं: सही चुनाव प्रदाता, कीमत और आपके बाज़ार पर भी निर्भर करता है।</translation>
    </message>
    <message>
        <source>Pricing models to ask for</source>
        <translation>किन मूल्य-निर्धारण मॉडलों की माँग करें</translation>
    </message>
    <message>
        <source>Questions to ask a provider</source>
        <translation>प्रदाता से पूछने के प्रश्न</translation>
    </message>
    <message>
        <source>Start with a pilot</source>
        <translation>एक पायलट से शुरुआत करें</translation>
    </message>
    <message>
        <source>What to keep in-house</source>
        <translation>क्या कंपनी के भीतर (इन-हाउस) रखें</translation>
    </message>
    <message>
        <source>Not weighed yet</source>
        <translation>अभी आँका नहीं गया</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>सबसे उपयुक्त</translation>
    </message>
    <message>
        <source>Level at the top</source>
        <translation>शीर्ष पर बराबर</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>कम उपयुक्त</translation>
    </message>
    <message>
        <source>Close behind</source>
        <translation>ठीक पीछे</translation>
    </message>
    <message>
        <source>Weaker fit</source>
        <translation>कमज़ोर मेल</translation>
    </message>
    <message>
        <source>Outsourcing advice</source>
        <translation>आउटसोर्सिंग सलाह</translation>
    </message>
    <message>
        <source>Outsourcing advice: {work}</source>
        <translation>आउटसोर्सिंग सलाह: {work}</translation>
    </message>
    <message>
        <source>keeping the work in-house</source>
        <translation>काम को कंपनी के भीतर (इन-हाउस) रखना</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 उत्तर</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} उत्तर</translation>
    </message>
    <message>
        <source>Pick the work or answer the questions to see which option fits.</source>
        <translation>कौन-सा विकल्प उपयुक्त है, यह देखने के लिए काम चुनें या प्रश्नों के उत्तर दें।</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>No single best fit: {options} are level on these answers.</source>
        <translation>कोई एक सबसे उपयुक्त विकल्प नहीं: इन उत्तरों पर {options} बराबर हैं।</translation>
    </message>
    <message>
        <source>Best fit: {best}, ahead of {next}.</source>
        <translation>सबसे उपयुक्त: {best}, {next} से आगे।</translation>
    </message>
    <message>
        <source>Why {option}: the answers that decided it</source>
        <translation>{option} क्यों: निर्णायक उत्तर</translation>
    </message>
    <message>
        <source>Counts against {option}: </source>
        <translation>{option} के विरुद्ध: </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>उपयुक्तता</translation>
    </message>
    <message>
        <source>Answers for it</source>
        <translation>पक्ष में उत्तर</translation>
    </message>
    <message>
        <source>Answers against it</source>
        <translation>विपक्ष में उत्तर</translation>
    </message>
    <message>
        <source>What to watch for</source>
        <translation>किन बातों का ध्यान रखें</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>अगले कदम</translation>
    </message>
    <message>
        <source>filed under {option}.</source>
        <translation>{option} के अंतर्गत रखा गया।</translation>
    </message>
    <message>
        <source>Where the sources file this work</source>
        <translation>स्रोत इस काम को कहाँ रखते हैं</translation>
    </message>
    <message>
        <source>Strongly for</source>
        <translation>प्रबल रूप से पक्ष में</translation>
    </message>
    <message>
        <source>For</source>
        <translation>पक्ष में</translation>
    </message>
    <message>
        <source>Strongly against</source>
        <translation>प्रबल रूप से विपक्ष में</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>विपक्ष में</translation>
    </message>
    <message>
        <source>Every answer, option by option</source>
        <translation>हर उत्तर, विकल्प-दर-विकल्प</translation>
    </message>
    <message>
        <source>{option}: {answers} for, {against} against</source>
        <translation>{option}: {answers} पक्ष में, {against} विपक्ष में</translation>
    </message>
    <message>
        <source>None of the answers bears on this option.</source>
        <translation>कोई भी उत्तर इस विकल्प पर असर नहीं डालता।</translation>
    </message>
    <message>
        <source>Which option fits best</source>
        <translation>कौन-सा विकल्प सबसे उपयुक्त है</translation>
    </message>
    <message>
        <source>Starting from the typical answers for {work}; you changed {answers}.</source>
        <translation>{work} के सामान्य उत्तरों से शुरुआत; आपने {answers} बदले।</translation>
    </message>
    <message>
        <source>Starting from the typical answers for {work}; change any answer that is different for you.</source>
        <translation>{work} के सामान्य उत्तरों से शुरुआत; जो उत्तर आपके लिए अलग हो, उसे बदलें।</translation>
    </message>
    <message>
        <source>How the options rank</source>
        <translation>विकल्पों का क्रम</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>आपके उत्तर</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>आपका उत्तर</translation>
    </message>
    <message>
        <source>Each answer counts for or against each option, once to three times as strongly, for the reason shown; the option with the most support ranks first.</source>
        <translation>हर उत्तर दिखाए गए कारण से हर विकल्प के पक्ष या विपक्ष में गिना जाता है, एक से तीन गुना तक प्रबलता के साथ; सबसे अधिक समर्थन वाला विकल्प पहले स्थान पर आता है।</translation>
    </message>
    <message>
        <source>How this advice is worked out:</source>
        <translation>यह सलाह कैसे निकाली जाती है:</translation>
    </message>
    <message>
        <source>This content file has no advisor questions, so the Advisor cannot weigh your situation; it can only say where the sources file a piece of work.</source>
        <translation>इस सामग्री फ़ाइल में सलाहकार के प्रश्न नहीं हैं, इसलिए सलाहकार आपकी स्थिति को नहीं आँक सकता; वह केवल यह बता सकता है कि स्रोत किसी काम को कहाँ रखते हैं।</translation>
    </message>
    <message>
        <source>Pick a type of work to see where the sources file it.</source>
        <translation>स्रोत किसी काम को कहाँ रखते हैं, यह देखने के लिए काम का प्रकार चुनें।</translation>
    </message>
</context>
<context>
    <name>Advisor</name>
    <message>
        <source>Keep it in-house</source>
        <translation>कंपनी के भीतर रखें</translation>
    </message>
</context>
<context>
    <name>AdvisorTab</name>
    <message>
        <source>&amp;What do you want to outsource?</source>
        <translation>आप क्या आउटसोर्स करना चाहते हैं? (&amp;W)</translation>
    </message>
    <message>
        <source>What do you want to outsource?</source>
        <translation>आप क्या आउटसोर्स करना चाहते हैं?</translation>
    </message>
    <message>
        <source>Pick the work to fill in typical answers, then change any that differ for you</source>
        <translation>सामान्य उत्तर भरने के लिए काम चुनें, फिर जो उत्तर आपके लिए अलग हों उन्हें बदलें</translation>
    </message>
    <message>
        <source>Describe it with the questions below</source>
        <translation>नीचे दिए प्रश्नों से इसका वर्णन करें</translation>
    </message>
    <message>
        <source>Pick the work to fill in typical answers, or answer the questions yourself; change any answer that is different for your business.</source>
        <translation>सामान्य उत्तर भरने के लिए काम चुनें, या प्रश्नों के उत्तर स्वयं दें; जो उत्तर आपके व्यवसाय के लिए अलग हो, उसे बदलें।</translation>
    </message>
    <message>
        <source>Choose a type of work</source>
        <translation>काम का प्रकार चुनें</translation>
    </message>
    <message>
        <source>This content file has no advisor questions: pick a type of work to see where the sources file it.</source>
        <translation>इस सामग्री फ़ाइल में सलाहकार के प्रश्न नहीं हैं: स्रोत किसी काम को कहाँ रखते हैं, यह देखने के लिए काम का प्रकार चुनें।</translation>
    </message>
    <message>
        <source>&amp;Reset answers</source>
        <translation>उत्तर रीसेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Reset answers</source>
        <translation>उत्तर रीसेट करें</translation>
    </message>
    <message>
        <source>Clear the picked work and every answer</source>
        <translation>चुना गया काम और सभी उत्तर हटाएँ</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>सलाह</translation>
    </message>
    <message>
        <source>Which option fits best and why, what to watch, next steps</source>
        <translation>कौन-सा विकल्प सबसे उपयुक्त है और क्यों, किन बातों का ध्यान रखें, अगले कदम</translation>
    </message>
</context>
<context>
    <name>CareerExplorer</name>
    <message>
        <source>Built on your qualification</source>
        <translation>आपकी योग्यता पर आधारित</translation>
    </message>
    <message>
        <source>Related to your qualification</source>
        <translation>आपकी योग्यता से संबंधित</translation>
    </message>
    <message>
        <source>Open to your level of education</source>
        <translation>आपके शिक्षा-स्तर के लिए खुला</translation>
    </message>
    <message>
        <source>Pay:</source>
        <translation>वेतन:</translation>
    </message>
    <message>
        <source>figures a source gives for this role.</source>
        <translation>इस भूमिका के लिए किसी स्रोत द्वारा दिए गए आँकड़े।</translation>
    </message>
    <message>
        <source>the role&apos;s own figures where a source gives them; the others are for {model} jobs in general.</source>
        <translation>जहाँ स्रोत देता है वहाँ इस भूमिका के अपने आँकड़े; बाकी सामान्य रूप से {model} नौकरियों के हैं।</translation>
    </message>
    <message>
        <source>no source gives figures for this role; these are for {model} jobs in general, so its own pay may differ.</source>
        <translation>कोई स्रोत इस भूमिका के आँकड़े नहीं देता; ये सामान्य रूप से {model} नौकरियों के हैं, इसलिए इसका अपना वेतन अलग हो सकता है।</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>उपयुक्तता:</translation>
    </message>
    <message>
        <source>none of them yet</source>
        <translation>अभी इनमें से कोई नहीं</translation>
    </message>
    <message>
        <source>Skills you have ({held} of {all}):</source>
        <translation>आपके पास कौशल ({all} में से {held}):</translation>
    </message>
    <message>
        <source>Skills to build:</source>
        <translation>विकसित करने योग्य कौशल:</translation>
    </message>
    <message>
        <source>Companies named:</source>
        <translation>बताई गई कंपनियाँ:</translation>
    </message>
    <message>
        <source>Training expected:</source>
        <translation>अपेक्षित प्रशिक्षण:</translation>
    </message>
    <message>
        <source>Roles here: {roles}.</source>
        <translation>यहाँ की भूमिकाएँ: {roles}।</translation>
    </message>
    <message>
        <source>Pay: {pay}.</source>
        <translation>वेतन: {pay}।</translation>
    </message>
    <message>
        <source>Career ladder, from the first job up</source>
        <translation>करियर की सीढ़ी, पहली नौकरी से ऊपर तक</translation>
    </message>
    <message>
        <source>Next steps for {qualification}</source>
        <translation>{qualification} के लिए अगले कदम</translation>
    </message>
    <message>
        <source>none named in this content</source>
        <translation>इस सामग्री में किसी का नाम नहीं</translation>
    </message>
    <message>
        <source>Companies named for these models</source>
        <translation>इन मॉडलों के लिए बताई गई कंपनियाँ</translation>
    </message>
    <message>
        <source>Career explorer</source>
        <translation>करियर खोज</translation>
    </message>
    <message>
        <source>This content file lists no qualifications, so roles cannot be matched.</source>
        <translation>इस सामग्री फ़ाइल में कोई योग्यता नहीं दी गई है, इसलिए भूमिकाओं का मिलान नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Roles that fit ({count})</source>
        <translation>उपयुक्त भूमिकाएँ ({count})</translation>
    </message>
    <message>
        <source>No role in this content is built on or related to it.</source>
        <translation>इस सामग्री में कोई भूमिका इस पर आधारित या इससे संबंधित नहीं है।</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>उपयुक्तता</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>आपके कौशल</translation>
    </message>
    <message>
        <source>Entry pay</source>
        <translation>प्रारंभिक वेतन</translation>
    </message>
    <message>
        <source>{held} of {all}</source>
        <translation>{all} में से {held}</translation>
    </message>
    <message>
        <source>1 more role takes anyone at your level of education without building on your subject; choose “{level}” as your qualification to see it.</source>
        <translation>1 और भूमिका आपके शिक्षा-स्तर के किसी भी व्यक्ति को लेती है, आपके विषय पर आगे बढ़े बिना; उसे देखने के लिए योग्यता में “{level}” चुनें।</translation>
    </message>
    <message>
        <source>{count} more roles take anyone at your level of education without building on your subject; choose “{level}” as your qualification to see them.</source>
        <translation>{count} और भूमिकाएँ आपके शिक्षा-स्तर के किसी भी व्यक्ति को लेती हैं, आपके विषय पर आगे बढ़े बिना; उन्हें देखने के लिए योग्यता में “{level}” चुनें।</translation>
    </message>
    <message>
        <source>For {qualification}, with 1 skill ticked.</source>
        <translation>{qualification} के लिए, 1 कौशल चुना गया।</translation>
    </message>
    <message>
        <source>For {qualification}, with {count} skills ticked.</source>
        <translation>{qualification} के लिए, {count} कौशल चुने गए।</translation>
    </message>
    <message>
        <source>Career ladders and next steps</source>
        <translation>करियर की सीढ़ियाँ और अगले कदम</translation>
    </message>
    <message>
        <source>This content file has no career tracks, so there is no ladder or next step to show.</source>
        <translation>इस सामग्री फ़ाइल में करियर पथ नहीं हैं, इसलिए दिखाने के लिए कोई सीढ़ी या अगला कदम नहीं है।</translation>
    </message>
    <message>
        <source>None of the roles above is on a career track in this content.</source>
        <translation>इस सामग्री में ऊपर की कोई भी भूमिका किसी करियर पथ पर नहीं है।</translation>
    </message>
</context>
<context>
    <name>CareersExplorer</name>
    <message>
        <source>&amp;Qualification:</source>
        <translation>योग्यता (&amp;Q):</translation>
    </message>
    <message>
        <source>S&amp;kills you have:</source>
        <translation>आपके कौशल (&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;lear skills</source>
        <translation>कौशल हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>योग्यता</translation>
    </message>
    <message>
        <source>Your highest qualification</source>
        <translation>आपकी सबसे ऊँची योग्यता</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>आपके कौशल</translation>
    </message>
    <message>
        <source>Tick the skills you have; space toggles one</source>
        <translation>अपने कौशल पर निशान लगाएँ; स्पेस एक को चालू-बंद करता है</translation>
    </message>
    <message>
        <source>Clear skills</source>
        <translation>कौशल हटाएँ</translation>
    </message>
    <message>
        <source>Untick every skill</source>
        <translation>हर कौशल से निशान हटाएँ</translation>
    </message>
    <message>
        <source>Roles that fit</source>
        <translation>उपयुक्त भूमिकाएँ</translation>
    </message>
    <message>
        <source>Roles for your qualification, pay and next steps</source>
        <translation>आपकी योग्यता के लिए भूमिकाएँ, वेतन और अगले कदम</translation>
    </message>
</context>
<context>
    <name>CareersTab</name>
    <message>
        <source>Filter roles, qualifications, skills or companies</source>
        <translation>भूमिकाएँ, योग्यताएँ, कौशल या कंपनियाँ छाँटें</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>भूमिकाएँ</translation>
    </message>
    <message>
        <source>E&amp;xplore by qualification</source>
        <translation>योग्यता से खोजें (&amp;X)</translation>
    </message>
    <message>
        <source>Explore by qualification</source>
        <translation>योग्यता से खोजें</translation>
    </message>
    <message>
        <source>Choose your qualification and skills to see the roles that fit and what to learn next</source>
        <translation>उपयुक्त भूमिकाएँ और आगे क्या सीखें, यह देखने के लिए अपनी योग्यता और कौशल चुनें</translation>
    </message>
    <message>
        <source>Pay compared</source>
        <translation>वेतन की तुलना</translation>
    </message>
    <message>
        <source>What each model&apos;s roles pay, with years and sources</source>
        <translation>हर मॉडल की भूमिकाओं का वेतन, वर्षों और स्रोतों के साथ</translation>
    </message>
    <message>
        <source>&amp;Pay compared</source>
        <translation>वेतन की तुलना (&amp;P)</translation>
    </message>
    <message>
        <source>How BPO, KPO and LPO pay compare, role by role, with years and sources</source>
        <translation>BPO, KPO और LPO के वेतन की तुलना, भूमिका-दर-भूमिका, वर्षों और स्रोतों के साथ</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Model in column {number}</source>
        <translation>स्तंभ {number} में मॉडल</translation>
    </message>
    <message>
        <source>Choose the model compared in this column; a repeat swaps places</source>
        <translation>इस स्तंभ में तुलना के लिए मॉडल चुनें; दोहराने पर स्थान बदल जाते हैं</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>केवल अंतर (&amp;D)</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>केवल अंतर</translation>
    </message>
    <message>
        <source>Hide rows where the chosen models say the same thing</source>
        <translation>वे पंक्तियाँ छिपाएँ जहाँ चुने गए मॉडल एक ही बात कहते हैं</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>विवरण दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>विवरण दिखाएँ</translation>
    </message>
    <message>
        <source>Add each value&apos;s explanation below it, in the table and in exports</source>
        <translation>हर मान के नीचे उसकी व्याख्या जोड़ें, तालिका में और निर्यात में</translation>
    </message>
    <message>
        <source>Jump to section…</source>
        <translation>खंड पर जाएँ…</translation>
    </message>
    <message>
        <source>Jump to section</source>
        <translation>खंड पर जाएँ</translation>
    </message>
    <message>
        <source>Scroll the table to a section</source>
        <translation>तालिका को किसी खंड तक स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>सब समेटें</translation>
    </message>
    <message>
        <source>Fold every section to its heading</source>
        <translation>हर खंड को उसके शीर्षक तक समेटें</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>सब फैलाएँ</translation>
    </message>
    <message>
        <source>Unfold every section</source>
        <translation>हर खंड को फैलाएँ</translation>
    </message>
    <message>
        <source>Filter rows by any word in them (Ctrl+F)</source>
        <translation>पंक्तियों को उनके किसी भी शब्द से छाँटें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>छाँटें</translation>
    </message>
    <message>
        <source>Show only rows containing every word typed</source>
        <translation>केवल वे पंक्तियाँ दिखाएँ जिनमें लिखा हर शब्द हो</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>तुलना (&amp;M):</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>छाँटें (&amp;I):</translation>
    </message>
</context>
<context>
    <name>ContentFileDialog</name>
    <message>
        <source>Open Content</source>
        <translation>सामग्री खोलें</translation>
    </message>
    <message>
        <source>Content files (*.json)</source>
        <translation>सामग्री फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्तूबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Solid line: the sources agree.   Dashed line: the sources differ.</source>
        <translation>ठोस रेखा: स्रोत सहमत हैं।   टूटी रेखा: स्रोतों में मतभेद है।</translation>
    </message>
    <message>
        <source>Each arrow points from a model to what it is part of.</source>
        <translation>हर तीर किसी मॉडल से उस ओर जाता है जिसका वह भाग है।</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>आउटसोर्सिंग</translation>
    </message>
    <message>
        <source>Work contracted to another firm</source>
        <translation>किसी अन्य फर्म को अनुबंध पर दिया गया काम</translation>
    </message>
    <message>
        <source>a specialisation of {target} {sources}</source>
        <translation>{target} की एक विशेषज्ञता {sources}</translation>
    </message>
    <message>
        <source>{subject} is a specialisation of {target} {sources}.</source>
        <translation>{subject}, {target} की एक विशेषज्ञता है {sources}।</translation>
    </message>
    <message>
        <source>part of {target} {sources}</source>
        <translation>{target} का भाग {sources}</translation>
    </message>
    <message>
        <source>{subject} is part of {target} {sources}.</source>
        <translation>{subject}, {target} का भाग है {sources}।</translation>
    </message>
    <message>
        <source>a kind of outsourcing {sources}</source>
        <translation>आउटसोर्सिंग का एक प्रकार {sources}</translation>
    </message>
    <message>
        <source>{subject} is a kind of outsourcing {sources}.</source>
        <translation>{subject} आउटसोर्सिंग का एक प्रकार है {sources}।</translation>
    </message>
    <message>
        <source>Sources differ:</source>
        <translation>स्रोतों में मतभेद:</translation>
    </message>
    <message>
        <source>or separate {sources}</source>
        <translation>या अलग {sources}</translation>
    </message>
    <message>
        <source>Sources differ on whether {relation}: {sources} say it is, {others} treat the two as separate.</source>
        <translation>स्रोतों में इस पर मतभेद है कि क्या {relation}: {sources} इसे मानते हैं, {others} दोनों को अलग मानते हैं।</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>… and {count} more (see Show Details)</source>
        <translation>… और {count} अन्य (विवरण दिखाएँ देखें)</translation>
    </message>
    <message>
        <source>Content file not usable</source>
        <translation>सामग्री फ़ाइल उपयोग योग्य नहीं है</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Read-only text; scroll with the arrow and page keys</source>
        <translation>केवल पढ़ने योग्य पाठ; तीर और पेज कुंजियों से स्क्रॉल करें</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <source>The details were saved in {path}.</source>
        <translation>विवरण {path} में सहेजा गया।</translation>
    </message>
    <message>
        <source>The details could not be saved ({reason}).</source>
        <translation>विवरण सहेजा नहीं जा सका ({reason})।</translation>
    </message>
    <message>
        <source>{app} met an unexpected problem and carries on; what you were doing may not have finished.</source>
        <translation>{app} के सामने एक अप्रत्याशित समस्या आई और वह चलता रहेगा; आप जो कर रहे थे वह शायद पूरा न हुआ हो।</translation>
    </message>
</context>
<context>
    <name>Exam</name>
    <message>
        <source>disputed</source>
        <translation>विवादित</translation>
    </message>
    <message>
        <source>{value} ({disputed})</source>
        <translation>{value} ({disputed})</translation>
    </message>
    <message>
        <source>{short} ({full}):</source>
        <translation>{short} ({full}):</translation>
    </message>
    <message>
        <source>Each value&apos;s sources and a fuller explanation are in the app&apos;s Comparison tab.</source>
        <translation>हर मान के स्रोत और उसकी विस्तृत व्याख्या ऐप के &apos;तुलना&apos; टैब में हैं।</translation>
    </message>
    <message>
        <source>{count} bases of comparison</source>
        <translation>तुलना के {count} आधार</translation>
    </message>
    <message>
        <source>Distinguish between {first} and {second}</source>
        <translation>{first} और {second} में अंतर स्पष्ट कीजिए</translation>
    </message>
    <message>
        <source>{first} and {second} compared, basis by basis.</source>
        <translation>{first} और {second} की तुलना, आधार-दर-आधार।</translation>
    </message>
    <message>
        <source>A full answer makes {needed} of these points.</source>
        <translation>पूरा उत्तर इनमें से {needed} बिंदु बताता है।</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 अंक</translation>
    </message>
    <message>
        <source>{count} marks</source>
        <translation>{count} अंक</translation>
    </message>
    <message>
        <source>Each point earns about {share}; 1 point earns the full {marks}.</source>
        <translation>हर बिंदु पर लगभग {share} मिलता है; 1 बिंदु पर पूरे {marks} मिलते हैं।</translation>
    </message>
    <message>
        <source>Each point earns about {share}; {needed} points earn the full {marks}.</source>
        <translation>हर बिंदु पर लगभग {share} मिलता है; {needed} बिंदुओं पर पूरे {marks} मिलते हैं।</translation>
    </message>
</context>
<context>
    <name>ExamPractice</name>
    <message>
        <source>Exam questions</source>
        <translation>परीक्षा प्रश्न</translation>
    </message>
    <message>
        <source>Choose a question to practise</source>
        <translation>अभ्यास के लिए एक प्रश्न चुनें</translation>
    </message>
    <message>
        <source>Write your answer here, or think it through. It is not saved.</source>
        <translation>अपना उत्तर यहाँ लिखें, या मन में सोचें। यह सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>आपका उत्तर</translation>
    </message>
    <message>
        <source>Your own answer; it is not saved</source>
        <translation>आपका अपना उत्तर; यह सहेजा नहीं जाता</translation>
    </message>
    <message>
        <source>&amp;Show model answer</source>
        <translation>आदर्श उत्तर दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Show model answer</source>
        <translation>आदर्श उत्तर दिखाएँ</translation>
    </message>
    <message>
        <source>See the model answer&apos;s points and marks</source>
        <translation>आदर्श उत्तर के बिंदु और अंक देखें</translation>
    </message>
    <message>
        <source>Model answer: tick each point your answer made.</source>
        <translation>आदर्श उत्तर: आपके उत्तर में आया हर बिंदु चुनें।</translation>
    </message>
    <message>
        <source>Model answer points</source>
        <translation>आदर्श उत्तर के बिंदु</translation>
    </message>
    <message>
        <source>Space ticks the point your answer made</source>
        <translation>स्पेस दबाकर वह बिंदु चुनें जो आपके उत्तर में आया</translation>
    </message>
    <message>
        <source>{marks}. {marking}</source>
        <translation>{marks}। {marking}</translation>
    </message>
    <message>
        <source>{made} of {count} points</source>
        <translation>{count} में से {made} बिंदु</translation>
    </message>
    <message>
        <source>{points} · about {marks} of {total}</source>
        <translation>{points} · {total} में से लगभग {marks}</translation>
    </message>
    <message>
        <source>Your score: {score}</source>
        <translation>आपका स्कोर: {score}</translation>
    </message>
</context>
<context>
    <name>ExamSheet</name>
    <message>
        <source>Questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>प्रश्न {number}</translation>
    </message>
    <message>
        <source>Model answers</source>
        <translation>आदर्श उत्तर</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>उत्तर {number}</translation>
    </message>
    <message>
        <source>Exam practice</source>
        <translation>परीक्षा अभ्यास</translation>
    </message>
    <message>
        <source>{count} questions, {marks} marks. Write your answers first, then tick the points of the model answers you made.</source>
        <translation>{count} प्रश्न, {marks} अंक। पहले अपने उत्तर लिखें, फिर आदर्श उत्तरों के वे बिंदु चुनें जो आपने बताए।</translation>
    </message>
    <message>
        <source>{count} questions. Write your answers first, then tick the points of the model answers you made.</source>
        <translation>{count} प्रश्न। पहले अपने उत्तर लिखें, फिर आदर्श उत्तरों के वे बिंदु चुनें जो आपने बताए।</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>निर्यात हो रहा है</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात विफल रहा</translation>
    </message>
    <message>
        <source>{error}

Nothing was overwritten.</source>
        <translation>{error}

कुछ भी बदला नहीं गया।</translation>
    </message>
</context>
<context>
    <name>FlashcardReview</name>
    <message>
        <source>Forgot it: see it again soon</source>
        <translation>भूल गया: जल्द फिर दिखाएँ</translation>
    </message>
    <message>
        <source>Recalled it, with difficulty</source>
        <translation>कठिनाई से याद आया</translation>
    </message>
    <message>
        <source>Recalled it</source>
        <translation>याद आया</translation>
    </message>
    <message>
        <source>Knew it at once</source>
        <translation>तुरंत पता था</translation>
    </message>
    <message>
        <source>Due today: {due} · New: {new} · Learned: {learned}</source>
        <translation>आज देय: {due} · नए: {new} · सीखे हुए: {learned}</translation>
    </message>
    <message>
        <source>Study progress problem</source>
        <translation>अध्ययन प्रगति में समस्या</translation>
    </message>
    <message>
        <source>Why study progress is not being saved as usual</source>
        <translation>अध्ययन प्रगति सामान्य रूप से क्यों नहीं सहेजी जा रही</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>एक नज़र में</translation>
    </message>
    <message>
        <source>Cards due today, new and learned</source>
        <translation>आज देय, नए और सीखे हुए कार्ड</translation>
    </message>
    <message>
        <source>Opening your study progress…</source>
        <translation>आपकी अध्ययन प्रगति खोली जा रही है…</translation>
    </message>
    <message>
        <source>Flashcard</source>
        <translation>फ़्लैशकार्ड</translation>
    </message>
    <message>
        <source>Space shows the answer; then 1 to 4 rate it</source>
        <translation>स्पेस उत्तर दिखाता है; फिर 1 से 4 से उसे आँकें</translation>
    </message>
    <message>
        <source>Study &amp;more new cards</source>
        <translation>और नए कार्ड पढ़ें (&amp;M)</translation>
    </message>
    <message>
        <source>Study more new cards</source>
        <translation>और नए कार्ड पढ़ें</translation>
    </message>
    <message>
        <source>Go on with ten more new cards today</source>
        <translation>आज दस और नए कार्डों के साथ आगे बढ़ें</translation>
    </message>
    <message>
        <source>&amp;Show answer  (Space)</source>
        <translation>उत्तर दिखाएँ (&amp;S)  (स्पेस)</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>उत्तर दिखाएँ</translation>
    </message>
    <message>
        <source>Turn the card over (Space)</source>
        <translation>कार्ड पलटें (स्पेस)</translation>
    </message>
    <message>
        <source>{hint} (key {key})</source>
        <translation>{hint} (कुंजी {key})</translation>
    </message>
    <message>
        <source>New cards left today: {count}</source>
        <translation>आज बचे नए कार्ड: {count}</translation>
    </message>
    <message>
        <source>Question: {front}</source>
        <translation>प्रश्न: {front}</translation>
    </message>
    <message>
        <source>Nothing more to review now.</source>
        <translation>अभी दोहराने के लिए और कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The next card is due {when}.</source>
        <translation>अगला कार्ड {when} देय है।</translation>
    </message>
    <message>
        <source>{count} new cards wait for another day.</source>
        <translation>{count} नए कार्ड किसी और दिन के लिए प्रतीक्षा में हैं।</translation>
    </message>
    <message>
        <source>{hint}; shown again in {wait} (key {key})</source>
        <translation>{hint}; {wait} में फिर दिखेगा (कुंजी {key})</translation>
    </message>
    <message>
        <source>Question: {front} Answer: {back}</source>
        <translation>प्रश्न: {front} उत्तर: {back}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Section</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>By {author}</source>
        <translation>लेखक: {author}</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>बिना तिथि</translation>
    </message>
    <message>
        <source>Same as {model}</source>
        <translation>{model} के समान</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>मत</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>विवादित</translation>
    </message>
    <message>
        <source>Another view: {text} {sources}</source>
        <translation>एक अन्य मत: {text} {sources}</translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation>लगभग {amount}</translation>
    </message>
    <message>
        <source>over {amount}</source>
        <translation>{amount} से अधिक</translation>
    </message>
    <message>
        <source>up to {amount}</source>
        <translation>{amount} तक</translation>
    </message>
    <message>
        <source>year not stated</source>
        <translation>वर्ष नहीं बताया गया</translation>
    </message>
    <message>
        <source>; sector-wide</source>
        <translation>; पूरे क्षेत्र के लिए</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रारंभिक</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>मध्य</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>वरिष्ठ</translation>
    </message>
    <message>
        <source>Not given in the sources</source>
        <translation>स्रोतों में नहीं दिया गया</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>बिना तिथि</translation>
    </message>
    <message>
        <source>some undated</source>
        <translation>कुछ बिना तिथि</translation>
    </message>
    <message>
        <source>sector-wide</source>
        <translation>पूरे क्षेत्र के लिए</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>शब्द</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>पूरा रूप</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>अर्थ</translation>
    </message>
    <message>
        <source>Stands for:</source>
        <translation>पूरा रूप:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>अर्थ:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <source>A term of the outsourcing trade</source>
        <translation>आउटसोर्सिंग व्यवसाय का एक शब्द</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>संक्षेप में</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Filter terms or their meanings</source>
        <translation>शब्द या उनके अर्थ छाँटें</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>शब्दावली</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BPO, KPO and LPO compared</source>
        <translation>BPO, KPO और LPO की तुलना</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>The reference&apos;s views; Ctrl+Tab moves to the next</source>
        <translation>संदर्भ के दृश्य; Ctrl+Tab अगले पर ले जाता है</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>अवलोकन (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>तुलना (&amp;C)</translation>
    </message>
    <message>
        <source>Service &amp;types</source>
        <translation>सेवा के प्रकार (&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;areers</source>
        <translation>करियर (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dvisor</source>
        <translation>सलाहकार (&amp;D)</translation>
    </message>
    <message>
        <source>St&amp;udy</source>
        <translation>अध्ययन (&amp;U)</translation>
    </message>
    <message>
        <source>Glossar&amp;y</source>
        <translation>शब्दावली (&amp;Y)</translation>
    </message>
    <message>
        <source>Content {version} · {sources} sources · works offline</source>
        <translation>सामग्री {version} · {sources} स्रोत · बिना इंटरनेट चलता है</translation>
    </message>
    <message>
        <source>Exporting “{title}” as {format}…</source>
        <translation>“{title}” का {format} के रूप में निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written</source>
        <translation>निर्यात रोका गया; कुछ भी नहीं लिखा गया</translation>
    </message>
    <message>
        <source>flashcards</source>
        <translation>flashcards</translation>
    </message>
    <message>
        <source>Exporting {count} flashcards as an Anki deck…</source>
        <translation>{count} फ़्लैशकार्डों का Anki डेक के रूप में निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>{count} flashcards</source>
        <translation>{count} फ़्लैशकार्ड</translation>
    </message>
    <message>
        <source>Exported {what} to {path}</source>
        <translation>{what} का {path} में निर्यात हुआ</translation>
    </message>
    <message>
        <source>Copied the selected rows</source>
        <translation>चुनी गई पंक्तियाँ कॉपी की गईं</translation>
    </message>
    <message>
        <source>{app} {version}
Content version {content}

An offline reference that explains and compares Business, Knowledge and Legal Process Outsourcing, drawn from {sources} published sources (Help &gt; Sources). It makes no network connection itself; printing goes through this computer&apos;s print service, as every program&apos;s printing does.

Built with Qt {qt} (LGPLv3), PySide6 (LGPLv3) and Pydantic (MIT); flashcards scheduled by py-fsrs (MIT), Anki decks made with genanki (MIT).
Text fonts: DejaVu Sans (Bitstream Vera licence) and Noto Sans Devanagari (SIL Open Font License 1.1); see Show Details.</source>
        <translation>{app} {version}
सामग्री संस्करण {content}

बिना इंटरनेट चलने वाला एक संदर्भ, जो बिज़नेस, नॉलेज और लीगल प्रोसेस आउटसोर्सिंग को समझाता है और उनकी तुलना करता है; यह {sources} प्रकाशित स्रोतों पर आधारित है (सहायता &gt; स्रोत)। यह स्वयं कोई नेटवर्क कनेक्शन नहीं बनाता; प्रिंटिंग इस कंप्यूटर की प्रिंट सेवा से होती है, जैसे हर प्रोग्राम की होती है।

Qt {qt} (LGPLv3), PySide6 (LGPLv3) और Pydantic (MIT) से बना; फ़्लैशकार्डों का समय py-fsrs (MIT) तय करता है, Anki डेक genanki (MIT) से बनते हैं।
पाठ के फ़ॉन्ट: DejaVu Sans (Bitstream Vera लाइसेंस) और Noto Sans Devanagari (SIL Open Font License 1.1); विवरण दिखाएँ देखें।</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} के बारे में</translation>
    </message>
    <message>
        <source>Open a menu or jump to a labelled field</source>
        <translation>कोई मेनू खोलें या नाम वाले क्षेत्र पर जाएँ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>The pages this reference cites, with their addresses</source>
        <translation>वे पेज जिनका यह संदर्भ हवाला देता है, उनके पतों के साथ</translation>
    </message>
</context>
<context>
    <name>MasterDetail</name>
    <message>
        <source>Select a row to read it in full, with its sources.</source>
        <translation>पूरा पढ़ने के लिए कोई पंक्ति चुनें, उसके स्रोतों के साथ।</translation>
    </message>
    <message>
        <source>Select a row to read it in full below; Ctrl+C copies rows</source>
        <translation>नीचे पूरा पढ़ने के लिए कोई पंक्ति चुनें; Ctrl+C पंक्तियाँ कॉपी करता है</translation>
    </message>
    <message>
        <source>{table}: selected row</source>
        <translation>{table}: चुनी गई पंक्ति</translation>
    </message>
    <message>
        <source>The selected row in full, with sources</source>
        <translation>चुनी गई पंक्ति पूरी, स्रोतों के साथ</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open Content…</source>
        <translation>सामग्री खोलें… (&amp;O)</translation>
    </message>
    <message>
        <source>Open a content file</source>
        <translation>कोई सामग्री फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें… (&amp;P)</translation>
    </message>
    <message>
        <source>Print the current view</source>
        <translation>वर्तमान दृश्य प्रिंट करें</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>प्रिंट पूर्वावलोकन… (&amp;V)</translation>
    </message>
    <message>
        <source>See the printed pages of the current view</source>
        <translation>वर्तमान दृश्य के प्रिंट होने वाले पृष्ठ देखें</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>PDF के रूप में निर्यात… (&amp;P)</translation>
    </message>
    <message>
        <source>Save the current view as a PDF document</source>
        <translation>वर्तमान दृश्य को PDF दस्तावेज़ के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>CSV के रूप में निर्यात… (&amp;C)</translation>
    </message>
    <message>
        <source>Save the current table for a spreadsheet</source>
        <translation>वर्तमान तालिका को स्प्रेडशीट के लिए सहेजें</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Markdown के रूप में निर्यात… (&amp;M)</translation>
    </message>
    <message>
        <source>Save the current view as Markdown</source>
        <translation>वर्तमान दृश्य को Markdown के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>HTML के रूप में निर्यात… (&amp;H)</translation>
    </message>
    <message>
        <source>Save the current view as a web page</source>
        <translation>वर्तमान दृश्य को वेब पेज के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Exam Answer (PDF)…</source>
        <translation>परीक्षा उत्तर (PDF)… (&amp;E)</translation>
    </message>
    <message>
        <source>&apos;Distinguish between BPO and KPO&apos; as one printed page (the first two models compared)</source>
        <translation>&apos;BPO और KPO में अंतर स्पष्ट कीजिए&apos; एक छपे पृष्ठ पर (तुलना के पहले दो मॉडल)</translation>
    </message>
    <message>
        <source>Answer &amp;Key as PDF…</source>
        <translation>उत्तर कुंजी PDF में… (&amp;K)</translation>
    </message>
    <message>
        <source>Save the answers to the current quiz as a PDF</source>
        <translation>वर्तमान क्विज़ के उत्तर PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>E&amp;xam Practice Sheet as PDF…</source>
        <translation>परीक्षा अभ्यास पत्र PDF में… (&amp;X)</translation>
    </message>
    <message>
        <source>Save exam questions and their model answers as a PDF</source>
        <translation>परीक्षा प्रश्न और उनके आदर्श उत्तर PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Anki Deck (.apkg)…</source>
        <translation>Anki डेक (.apkg)… (&amp;A)</translation>
    </message>
    <message>
        <source>Save the flashcards as a deck to study in Anki</source>
        <translation>फ़्लैशकार्डों को Anki में पढ़ने के लिए डेक के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>पंक्तियाँ कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>चुनी गई पंक्तियों को टैब से अलग किए गए पाठ के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें… (&amp;F)</translation>
    </message>
    <message>
        <source>Filter the current table</source>
        <translation>वर्तमान तालिका छाँटें</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>अगला टैब (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>पिछला टैब (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About Outsourcing Models</source>
        <translation>Outsourcing Models के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>स्रोत (&amp;S)</translation>
    </message>
    <message>
        <source>The pages this reference is drawn from</source>
        <translation>वे पेज जिनसे यह संदर्भ लिया गया है</translation>
    </message>
    <message>
        <source>Search &amp;Everywhere…</source>
        <translation>हर जगह खोजें… (&amp;E)</translation>
    </message>
    <message>
        <source>Find any text in the content and jump to it</source>
        <translation>सामग्री में कोई भी पाठ खोजें और उस पर जाएँ</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>बड़ा करें (&amp;I)</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>पाठ बड़ा करें</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>छोटा करें (&amp;O)</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>पाठ छोटा करें</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>वास्तविक आकार (&amp;A)</translation>
    </message>
    <message>
        <source>Reset the text size</source>
        <translation>पाठ का आकार पहले जैसा करें</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>हर कीबोर्ड शॉर्टकट की सूची</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>सिस्टम के अनुसार (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>हल्की (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>गहरी (&amp;D)</translation>
    </message>
    <message>
        <source>Follow the S&amp;ystem</source>
        <translation>सिस्टम के अनुसार (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Automatic (from the locale)</source>
        <translation>स्वचालित (लोकेल से) (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A4 (&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>लेटर (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात (&amp;E)</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>काग़ज़ का आकार (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>All models</source>
        <translation>सभी मॉडल</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>What each model is and how they differ</source>
        <translation>हर मॉडल क्या है और वे कैसे अलग हैं</translation>
    </message>
    <message>
        <source>Go to a part of the overview…</source>
        <translation>अवलोकन के किसी भाग पर जाएँ…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>यहाँ जाएँ</translation>
    </message>
    <message>
        <source>Scroll the overview to one of its parts</source>
        <translation>अवलोकन को उसके किसी भाग तक स्क्रॉल करें</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>यहाँ जाएँ (&amp;G):</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>general practice, not from the sources</source>
        <translation>सामान्य व्यवहार, स्रोतों से नहीं</translation>
    </message>
    <message>
        <source>the article&apos;s opinion, not an established fact</source>
        <translation>लेख का मत, स्थापित तथ्य नहीं</translation>
    </message>
    <message>
        <source>Another source differs:</source>
        <translation>एक अन्य स्रोत का मत अलग है:</translation>
    </message>
    <message>
        <source>The sources say nothing about this.</source>
        <translation>स्रोत इस बारे में कुछ नहीं कहते।</translation>
    </message>
    <message>
        <source>{same_as}: {model} takes its parent model&apos;s value here.</source>
        <translation>{same_as}: यहाँ {model} अपने मूल मॉडल का मान लेता है।</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>परिभाषा:</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>मुख्य बिंदु</translation>
    </message>
    <message>
        <source>Typical work:</source>
        <translation>सामान्य कार्य:</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>कौन करता है:</translation>
    </message>
    <message>
        <source>Advantages</source>
        <translation>लाभ</translation>
    </message>
    <message>
        <source>Disadvantages</source>
        <translation>हानियाँ</translation>
    </message>
    <message>
        <source>How the models relate</source>
        <translation>मॉडल आपस में कैसे जुड़े हैं</translation>
    </message>
    <message>
        <source>How BPO, KPO and LPO relate to outsourcing and each other.</source>
        <translation>BPO, KPO और LPO का आउटसोर्सिंग से और आपस में संबंध।</translation>
    </message>
    <message>
        <source>outsourcing</source>
        <translation>आउटसोर्सिंग</translation>
    </message>
    <message>
        <source>{subject} and {other}:</source>
        <translation>{subject} और {other}:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>रुझान</translation>
    </message>
    <message>
        <source>The industry: how it grew and how large it is</source>
        <translation>उद्योग: यह कैसे बढ़ा और कितना बड़ा है</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>तथ्य</translation>
    </message>
    <message>
        <source>Leading companies</source>
        <translation>प्रमुख कंपनियाँ</translation>
    </message>
    <message>
        <source>Firms that do this work in India, whether based there or abroad.</source>
        <translation>भारत में यह काम करने वाली फर्में, चाहे उनका मुख्यालय भारत में हो या विदेश में।</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>About the company</source>
        <translation>कंपनी के बारे में</translation>
    </message>
    <message>
        <source>Key differences at a glance</source>
        <translation>मुख्य अंतर एक नज़र में</translation>
    </message>
    <message>
        <source>How a KPO engagement runs</source>
        <translation>KPO का काम कैसे चलता है</translation>
    </message>
    <message>
        <source>Buying outsourced work</source>
        <translation>आउटसोर्स किया गया काम ख़रीदना</translation>
    </message>
    <message>
        <source>What each model is, how they relate, and how they differ.</source>
        <translation>हर मॉडल क्या है, वे आपस में कैसे जुड़े हैं, और वे कैसे अलग हैं।</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>उदाहरण</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>A type of {model}</source>
        <translation>{model} का एक प्रकार</translation>
    </message>
    <message>
        <source>No source gives a figure for this role; Careers › Pay compared has the industry&apos;s.</source>
        <translation>कोई स्रोत इस भूमिका के लिए आँकड़ा नहीं देता; उद्योग के आँकड़े करियर › वेतन की तुलना में हैं।</translation>
    </message>
    <message>
        <source>No source gives pay for this role or its sector.</source>
        <translation>कोई स्रोत इस भूमिका या इसके क्षेत्र का वेतन नहीं देता।</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>पात्रता</translation>
    </message>
    <message>
        <source>Qualifications that fit</source>
        <translation>उपयुक्त योग्यताएँ</translation>
    </message>
    <message>
        <source>matched to the sources&apos; requirements by the editors</source>
        <translation>संपादकों द्वारा स्रोतों की अपेक्षाओं से मिलाया गया</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>वेतन</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>कंपनियाँ</translation>
    </message>
    <message>
        <source>Companies named for {model}</source>
        <translation>{model} के लिए बताई गई कंपनियाँ</translation>
    </message>
    <message>
        <source>This content names no {model} company.</source>
        <translation>इस सामग्री में किसी {model} कंपनी का नाम नहीं है।</translation>
    </message>
    <message>
        <source>named for the model, not for this role</source>
        <translation>मॉडल के लिए बताई गई, इस भूमिका के लिए नहीं</translation>
    </message>
    <message>
        <source>A {model} role</source>
        <translation>एक {model} भूमिका</translation>
    </message>
    <message>
        <source>{count} sources, {addressed} with a web address.</source>
        <translation>{count} स्रोत, {addressed} वेब पते के साथ।</translation>
    </message>
    <message>
        <source>{seeds} of them are the articles this reference began from; the others add what those articles lack.</source>
        <translation>इनमें से {seeds} वे लेख हैं जिनसे यह संदर्भ शुरू हुआ; बाकी वह जोड़ते हैं जो उन लेखों में नहीं है।</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Every page this reference cites, numbered as the [n] markers are.</source>
        <translation>हर पेज जिसका यह संदर्भ हवाला देता है, [n] चिह्नों के अनुसार क्रमांकित।</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <source>entry</source>
        <translation>प्रारंभिक</translation>
    </message>
    <message>
        <source>mid-career</source>
        <translation>मध्य-करियर</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>वरिष्ठ</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>बिना तिथि</translation>
    </message>
    <message>
        <source>{count} undated</source>
        <translation>{count} बिना तिथि</translation>
    </message>
    <message>
        <source>{span} (1 figure) {sources}</source>
        <translation>{span} (1 आँकड़ा) {sources}</translation>
    </message>
    <message>
        <source>{span} ({count} figures) {sources}</source>
        <translation>{span} ({count} आँकड़े) {sources}</translation>
    </message>
    <message>
        <source>in {year}, the latest year given, {figures}</source>
        <translation>{year} में, जो दिया गया सबसे हाल का वर्ष है, {figures}</translation>
    </message>
    <message>
        <source>earlier ({years}), {figures}</source>
        <translation>पहले ({years}), {figures}</translation>
    </message>
    <message>
        <source>undated, {figures}</source>
        <translation>बिना वर्ष के, {figures}</translation>
    </message>
    <message>
        <source>INR lakh a year: {parts}.</source>
        <translation>लाख रुपये प्रति वर्ष: {parts}।</translation>
    </message>
    <message>
        <source>none of its own; {parent}&apos;s are shown above for comparison.</source>
        <translation>अपने कोई नहीं; तुलना के लिए {parent} के आँकड़े ऊपर दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>{model}, any role:</source>
        <translation>{model}, कोई भी भूमिका:</translation>
    </message>
    <message>
        <source>Entry pay by model</source>
        <translation>मॉडल के अनुसार प्रारंभिक वेतन</translation>
    </message>
    <message>
        <source>The sources give no entry-level pay figures.</source>
        <translation>स्रोत प्रारंभिक स्तर के वेतन के आँकड़े नहीं देते।</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>बिना तिथि</translation>
    </message>
    <message>
        <source>How the models&apos; pay compares</source>
        <translation>मॉडलों के वेतन की तुलना</translation>
    </message>
    <message>
        <source>Each role&apos;s pay</source>
        <translation>हर भूमिका का वेतन</translation>
    </message>
    <message>
        <source>Figures in INR lakh a year, with the year each refers to.</source>
        <translation>आँकड़े INR लाख प्रति वर्ष में, हर एक के संदर्भ वर्ष के साथ।</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रारंभिक</translation>
    </message>
    <message>
        <source>Mid-career</source>
        <translation>मध्य-करियर</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>वरिष्ठ</translation>
    </message>
    <message>
        <source>Figures for a whole sector</source>
        <translation>पूरे क्षेत्र के आँकड़े</translation>
    </message>
    <message>
        <source>The figures date from {first} to {last}, and {undated} give no year. They come from different sources, and pay varies with city, employer and year: compare them with care.</source>
        <translation>आँकड़े {first} से {last} तक के हैं, और {undated} में कोई वर्ष नहीं दिया गया है। ये अलग-अलग स्रोतों से हैं, और वेतन शहर, नियोक्ता और वर्ष के साथ बदलता है: इनकी तुलना सावधानी से करें।</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ध्यान दें:</translation>
    </message>
    <message>
        <source>Pay compared</source>
        <translation>वेतन की तुलना</translation>
    </message>
    <message>
        <source>What BPO, KPO and LPO roles pay in India, with years and sources.</source>
        <translation>भारत में BPO, KPO और LPO भूमिकाओं का वेतन, वर्षों और स्रोतों के साथ।</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Page {number} of {count}</source>
        <translation>पृष्ठ {number} / {count}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV स्प्रेडशीट (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki डेक (*.apkg)</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>{format} के रूप में निर्यात</translation>
    </message>
    <message>
        <source>Print Preview – {title}</source>
        <translation>प्रिंट पूर्वावलोकन – {title}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जन</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फ़र</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>अप्रै</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुला</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>अग</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सित</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>अक्तू</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नवं</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>दिसं</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 दोहराव</translation>
    </message>
    <message>
        <source>{count} reviews</source>
        <translation>{count} दोहराव</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>प्रतिदिन दोहराव</translation>
    </message>
    <message>
        <source>No days to show.</source>
        <translation>दिखाने के लिए कोई दिन नहीं।</translation>
    </message>
    <message>
        <source>{reviews} in the last {days} days.</source>
        <translation>पिछले {days} दिनों में {reviews}।</translation>
    </message>
    <message>
        <source>{reviews} in the last {days} days, on 1 day; busiest {busiest}, with {most}.</source>
        <translation>पिछले {days} दिनों में {reviews}, 1 दिन में; सबसे व्यस्त {busiest}, {most} के साथ।</translation>
    </message>
    <message>
        <source>{reviews} in the last {days} days, on {active} days; busiest {busiest}, with {most}.</source>
        <translation>पिछले {days} दिनों में {reviews}, {active} दिनों में; सबसे व्यस्त {busiest}, {most} के साथ।</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Due today</source>
        <translation>आज देय</translation>
    </message>
    <message>
        <source>Cards seen before that are due again today</source>
        <translation>पहले देखे गए कार्ड जो आज फिर देय हैं</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नए</translation>
    </message>
    <message>
        <source>Cards not studied yet</source>
        <translation>कार्ड जो अभी पढ़े नहीं गए</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>सीखे हुए</translation>
    </message>
    <message>
        <source>Cards studied and not due again today</source>
        <translation>पढ़े गए कार्ड जो आज फिर देय नहीं हैं</translation>
    </message>
    <message>
        <source>Reviews per day, last 4 weeks</source>
        <translation>प्रतिदिन दोहराव, पिछले 4 सप्ताह</translation>
    </message>
    <message>
        <source>Today: {reviews}.</source>
        <translation>आज: {reviews}।</translation>
    </message>
    <message>
        <source>Progress is saved in {path}</source>
        <translation>प्रगति {path} में सहेजी जाती है</translation>
    </message>
    <message>
        <source>Progress is kept in memory only this time.</source>
        <translation>इस बार प्रगति केवल मेमोरी में रखी जा रही है।</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Filter</source>
        <translation>छाँटें</translation>
    </message>
    <message>
        <source>Show only rows containing every word typed</source>
        <translation>केवल वे पंक्तियाँ दिखाएँ जिनमें लिखा हर शब्द हो</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Show one outsourcing model&apos;s rows, or all</source>
        <translation>किसी एक आउटसोर्सिंग मॉडल की पंक्तियाँ दिखाएँ, या सभी</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>मॉडल (&amp;M):</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>छाँटें (&amp;I):</translation>
    </message>
</context>
<context>
    <name>RenderHtml</name>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>सेवा के प्रकार</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>शब्दावली</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>अध्ययन</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Advantages of {model}</source>
        <translation>{model} के लाभ</translation>
    </message>
    <message>
        <source>Disadvantages of {model}</source>
        <translation>{model} की हानियाँ</translation>
    </message>
    <message>
        <source>How {model} relates to {other}</source>
        <translation>{model} का {other} से संबंध</translation>
    </message>
    <message>
        <source>outsourcing</source>
        <translation>आउटसोर्सिंग</translation>
    </message>
    <message>
        <source>The industry in {year}</source>
        <translation>{year} में उद्योग</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>उद्योग</translation>
    </message>
    <message>
        <source>KPO engagement step {number}</source>
        <translation>KPO कार्य का चरण {number}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation>हर जगह खोजें</translation>
    </message>
    <message>
        <source>Words to find in aspects, claims, services, roles, questions…</source>
        <translation>पहलुओं, कथनों, सेवाओं, भूमिकाओं, प्रश्नों में खोजने के शब्द…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>खोजें (&amp;F):</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Words to find anywhere in the content</source>
        <translation>सामग्री में कहीं भी खोजने के शब्द</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Where each match is; Enter or double-click jumps there</source>
        <translation>हर मिलान कहाँ है; Enter या डबल-क्लिक वहाँ ले जाता है</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} मिले</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Filter services, examples or sectors</source>
        <translation>सेवाएँ, उदाहरण या क्षेत्र छाँटें</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>सेवा के प्रकार</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Again</source>
        <translation>फिर से</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>कठिन</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>आसान</translation>
    </message>
    <message>
        <source>Source: {titles}</source>
        <translation>स्रोत: {titles}</translation>
    </message>
    <message>
        <source>Sources: {titles}</source>
        <translation>स्रोत: {titles}</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} मिनट</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} घंटे</translation>
    </message>
    <message>
        <source>{count} d</source>
        <translation>{count} दिन</translation>
    </message>
    <message>
        <source>{count} mo</source>
        <translation>{count} माह</translation>
    </message>
    <message>
        <source>{count} y</source>
        <translation>{count} वर्ष</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>{time} बजे</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>{date} को</translation>
    </message>
</context>
<context>
    <name>StudyQuestions</name>
    <message>
        <source>{model}: {aspect}?</source>
        <translation>{model}: {aspect}?</translation>
    </message>
    <message>
        <source>Which model? {aspect}: “{value}”</source>
        <translation>कौन-सा मॉडल? {aspect}: “{value}”</translation>
    </message>
    <message>
        <source>True</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>False</source>
        <translation>गलत</translation>
    </message>
    <message>
        <source>What does {term} stand for?</source>
        <translation>{term} का पूरा रूप क्या है?</translation>
    </message>
    <message>
        <source>{term} stands for {meaning}.</source>
        <translation>{term} का पूरा रूप {meaning} है।</translation>
    </message>
    <message>
        <source>Which term means this? “{meaning}”</source>
        <translation>किस शब्द का यह अर्थ है? “{meaning}”</translation>
    </message>
    <message>
        <source>Name two advantages of {model}.</source>
        <translation>{model} के दो लाभ बताइए।</translation>
    </message>
    <message>
        <source>Name two disadvantages of {model}.</source>
        <translation>{model} की दो हानियाँ बताइए।</translation>
    </message>
    <message>
        <source>Name two examples of {model} work.</source>
        <translation>{model} के काम के दो उदाहरण बताइए।</translation>
    </message>
    <message>
        <source>Which model is this work typical of? “{example}”</source>
        <translation>यह काम किस मॉडल का खास काम है? “{example}”</translation>
    </message>
</context>
<context>
    <name>StudySheets</name>
    <message>
        <source>Question {number}</source>
        <translation>प्रश्न {number}</translation>
    </message>
    <message>
        <source>Question sheet</source>
        <translation>प्रश्न पत्र</translation>
    </message>
    <message>
        <source>{count} questions (quiz {seed}). Choose one answer for each; the answer key is printed separately.</source>
        <translation>{count} प्रश्न (क्विज़ {seed})। हर प्रश्न का एक उत्तर चुनें; उत्तर कुंजी अलग से छपी है।</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>उत्तर कुंजी</translation>
    </message>
    <message>
        <source>Quiz {seed}: {count} answers.</source>
        <translation>क्विज़ {seed}: {count} उत्तर।</translation>
    </message>
    <message>
        <source>Every answer was right.</source>
        <translation>हर उत्तर सही था।</translation>
    </message>
    <message>
        <source>Answers to review</source>
        <translation>दोहराने योग्य उत्तर</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>आपका उत्तर:</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>सही उत्तर:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>क्यों:</translation>
    </message>
    <message>
        <source>Score: {correct} of {total}</source>
        <translation>अंक: {total} में से {correct}</translation>
    </message>
    <message>
        <source>Quiz {seed}</source>
        <translation>क्विज़ {seed}</translation>
    </message>
</context>
<context>
    <name>StudyTab</name>
    <message>
        <source>New &amp;quiz</source>
        <translation>नया क्विज़ (&amp;Q)</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>उत्तर के विकल्प</translation>
    </message>
    <message>
        <source>Pick one answer, then press Answer</source>
        <translation>एक उत्तर चुनें, फिर &apos;उत्तर दें&apos; दबाएँ</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>उत्तर दें (&amp;A)</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>नया क्विज़</translation>
    </message>
    <message>
        <source>Start a fresh set of questions</source>
        <translation>प्रश्नों का नया सेट शुरू करें</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर दें</translation>
    </message>
    <message>
        <source>Check the chosen option</source>
        <translation>चुना गया विकल्प जाँचें</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Your score and the questions you got wrong, with answers</source>
        <translation>आपके अंक और जिन प्रश्नों में आपसे ग़लती हुई, उत्तरों के साथ</translation>
    </message>
    <message>
        <source>This content has no quiz questions: a quiz needs two questions of one kind, or comparison rows where the models&apos; claims differ.</source>
        <translation>इस सामग्री में क्विज़ के प्रश्न नहीं हैं: क्विज़ के लिए एक प्रकार के दो प्रश्न, या तुलना की ऐसी पंक्तियाँ चाहिए जहाँ मॉडलों के कथन अलग हों।</translation>
    </message>
    <message>
        <source>Quiz {seed} · no questions</source>
        <translation>क्विज़ {seed} · कोई प्रश्न नहीं</translation>
    </message>
    <message>
        <source>Quiz {seed} · finished · score {score}</source>
        <translation>क्विज़ {seed} · पूरा · अंक {score}</translation>
    </message>
    <message>
        <source>Quiz {seed} · question {shown} of {total} · score {score}</source>
        <translation>क्विज़ {seed} · प्रश्न {shown} / {total} · अंक {score}</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>पहले एक उत्तर चुनें।</translation>
    </message>
    <message>
        <source>(your answer)</source>
        <translation>(आपका उत्तर)</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>सही।</translation>
    </message>
    <message>
        <source>Not quite: the answer is {answer}</source>
        <translation>पूरी तरह सही नहीं: उत्तर है {answer}</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>परिणाम देखें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>अगला प्रश्न (&amp;N)</translation>
    </message>
    <message>
        <source>{correct} of {total}</source>
        <translation>{total} में से {correct}</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>अध्ययन का तरीका</translation>
    </message>
    <message>
        <source>Flashcards, a quiz, exam practice, or your progress</source>
        <translation>फ़्लैशकार्ड, क्विज़, परीक्षा अभ्यास, या आपकी प्रगति</translation>
    </message>
    <message>
        <source>&amp;Flashcards</source>
        <translation>फ़्लैशकार्ड (&amp;F)</translation>
    </message>
    <message>
        <source>Qui&amp;z</source>
        <translation>क्विज़ (&amp;Z)</translation>
    </message>
    <message>
        <source>E&amp;xam practice</source>
        <translation>परीक्षा अभ्यास (&amp;X)</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>प्रगति (&amp;R)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>उदाहरण</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Entry pay</source>
        <translation>प्रारंभिक वेतन</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>कंपनियाँ</translation>
    </message>
    <message>
        <source>See {model}&apos;s companies</source>
        <translation>{model} की कंपनियाँ देखें</translation>
    </message>
    <message>
        <source>Basis of comparison</source>
        <translation>तुलना का आधार</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Content version {version} · {date}</source>
        <translation>सामग्री संस्करण {version} · {date}</translation>
    </message>
    <message>
        <source>Models: {models}</source>
        <translation>मॉडल: {models}</translation>
    </message>
    <message>
        <source>filtered by “{words}”</source>
        <translation>“{words}” से छाँटा गया</translation>
    </message>
    <message>
        <source>only rows where the models differ</source>
        <translation>केवल वे पंक्तियाँ जहाँ मॉडल अलग हैं</translation>
    </message>
    <message>
        <source>with explanations</source>
        <translation>व्याख्या के साथ</translation>
    </message>
    <message>
        <source>{models}: comparison</source>
        <translation>{models}: तुलना</translation>
    </message>
    <message>
        <source>≠ marks a value that differs from what most of the compared models have; “(disputed)” marks one on which the sources disagree.</source>
        <translation>≠ उस मान को दर्शाता है जो तुलना किए गए अधिकांश मॉडलों से अलग है; “(विवादित)” उस मान को दर्शाता है जिस पर स्रोतों में मतभेद है।</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>सेवा के प्रकार</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>शब्दावली</translation>
    </message>
</context>
</TS>
