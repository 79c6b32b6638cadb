"""Telecom support: Priya, who works from home and loses her connection mid-meeting."""

from __future__ import annotations

from journeydesigner.model.cards import LaneKind
from journeydesigner.model.persona import IconAvatar, Persona
from tools.samples.builder import TimelineBuilder


def homeworker() -> Persona:
    """Priya Shah's outage: self-service, chat, phone, diagnosis, engineer visit, follow-up."""
    b = TimelineBuilder("homeworker", "en")

    b.stage(
        "notice",
        "Notice the problem",
        timeframe="Monday 09:12",
        description="Priya's connection drops in the middle of a client presentation.",
    )
    freeze = b.action(
        "Video call freezes mid-presentation",
        "She restarts the router twice and watches the status light turn red.",
    )
    light = b.touchpoint(
        "Router status light turns red",
        "The only signal the company gives her; the leaflet explaining the colours is long gone.",
        channel=None,
        owner="Home devices team",
    )
    b.device("desktop", "Work laptop, in the middle of a meeting")
    b.thought("“Is it my router or the whole street?”")
    b.emotion(-2, "Panicked", "She loses the client presentation halfway through and apologises by text.")
    b.pain(
        "No warning about a known outage",
        "The network team detected the fault twenty minutes earlier; affected customers were not told.",
        severity="high",
    )
    proactive = b.opportunity(
        "Proactive SMS when an area outage starts",
        "Tell affected customers the cause and a first estimate before they start searching.",
        priority="high",
        owner="Network operations",
    )
    b.metric(
        "Households affected",
        1240.0,
        "households",
        source="Network monitoring",
        title="Households affected by the fault",
    )
    cut = b.backstage(
        "Fibre cut detected at street cabinet 14",
        "Roadworks damage a cable; the alarm reaches the network operations centre at 08:52.",
    )

    b.stage(
        "look-for-help",
        "Look for help",
        timeframe="09:15–09:40",
        description="She tethers her laptop to her phone and looks for answers online.",
    )
    b.action(
        "Tethers her laptop and searches for an outage",
        "Types “Brightwave outage Leeds” into a search engine, then opens the help centre.",
    )
    status = b.touchpoint(
        "Service status page",
        "Shows “no known issues” for her postcode for another forty minutes.",
        channel="web",
        devices=["mobile", "desktop"],
        owner="Digital channels",
    )
    b.touchpoint(
        "Help article “Restart your router”",
        "The first result in the help centre, whatever the symptom.",
        channel="web",
        devices=["desktop"],
        owner="Digital channels",
    )
    b.device("mobile", "Phone used as a hotspot")
    b.thought("“The page says it’s fine, so is it me?”")
    b.emotion(-1, "Confused", "The status page contradicts what she is living through.")
    b.pain(
        "Status page lags behind the network",
        "It is updated by hand, and only once an incident has been confirmed.",
        severity="high",
    )
    b.opportunity(
        "Postcode checker fed by live network data",
        "Read the monitoring alarms directly instead of waiting for a manual update.",
        priority="high",
        owner="Digital channels",
    )
    b.metric(
        "Status page visits during the incident",
        8900.0,
        "visits",
        source="Google Analytics",
        title="Status page visits (incident)",
    )
    b.metric(
        "Self-service containment",
        18.0,
        "%",
        target=30.0,
        source="Google Analytics",
        description="Help-centre visitors who do not contact us in the following 24 hours.",
    )
    b.note(
        "Customers restart the router twice before calling",
        "Nine of the twelve people we interviewed did so; agents then ask them to do it again.",
    )

    b.stage(
        "contact",
        "Contact support",
        timeframe="09:40–10:25",
        description="She tries the chat in the app first, then phones.",
    )
    b.action("Opens the app chat, then phones", "Keeps working on her phone’s data while she waits.")
    bot = b.touchpoint(
        "Chatbot in the app",
        "Asks her to restart the router once more and loops back to the same article.",
        channel="chat",
        devices=["mobile"],
        owner="Digital care",
    )
    queue = b.touchpoint(
        "Phone queue with a callback offer",
        "Estimated wait of 25 minutes; the first callback slot is after lunch.",
        channel="phone",
        devices=["mobile"],
        owner="Contact centre",
    )
    b.device("mobile", "Mobile on speaker while she works")
    b.thought("“I’ve restarted it three times. Please stop asking.”")
    b.emotion(-2, "Exasperated", "Twenty-two minutes of hold music while a client waits for her reply.")
    b.pain(
        "The bot cannot pass her to a person",
        "Asked for an agent, it shows the phone number and ends the conversation.",
        severity="high",
    )
    b.pain(
        "A 22-minute wait on the phone",
        "Calls triple in the first hour of an outage, and callers on hold are not told why.",
        severity="high",
    )
    b.opportunity(
        "Hand the chat transcript over to the agent",
        "The agent sees what the customer has tried and does not repeat the script.",
        priority="high",
        owner="Contact centre",
    )
    b.metric("Average speed of answer", 21.5, "min", target=3.0, source="Call-centre software")
    b.metric("Call abandonment rate", 14.8, "%", target=5.0, source="Call-centre software")
    b.backstage(
        "Outage message added to the phone menu at 10:05",
        "Callers from affected postcodes now hear it, an hour after the fault.",
    )

    b.stage(
        "diagnosis",
        "Diagnosis",
        timeframe="10:25–10:40",
        description="An agent tests her line and confirms a fault in the network.",
    )
    b.action("Answers the agent’s checks", "Reads out the lights on the router and her account number.")
    test = b.touchpoint(
        "Remote line test by the agent",
        "The agent links her line to the open incident and books an engineer visit.",
        channel="phone",
        devices=["mobile"],
        owner="Technical support",
        moment_of_truth=True,
    )
    b.device("mobile", "Mobile, still on speaker")
    b.thought("“Finally, someone who believes me.”")
    b.emotion(
        0, "Cautiously relieved", "It isn’t her fault, but she still has no idea when it will be fixed."
    )
    b.pain(
        "Jargon she cannot act on",
        "“Your ONT shows a loss of signal” tells her nothing about when she can work again.",
        severity="medium",
    )
    b.opportunity(
        "Plain-language fault summary by SMS",
        "What failed, what happens next and when we will update her, in three lines.",
        priority="medium",
        owner="Technical support",
    )
    b.metric("Average handle time", 11.4, "min", target=9.0, source="Call-centre software")
    b.backstage(
        "Engineer booked in the field-service system",
        "The first free slot is Wednesday morning; the cabinet repair is planned for Tuesday night.",
    )
    b.note(
        "Agents cannot see the incident in the CRM",
        "They test each line one by one before finding the open incident in a separate tool.",
        lane=LaneKind.BACKSTAGE,
    )

    b.stage(
        "technician-visit",
        "Technician visit",
        timeframe="Wednesday 08:00–12:00",
        description="An engineer checks the equipment at home once the street cable has been repaired.",
    )
    b.action("Rearranges her morning to wait in", "Moves a client workshop to the afternoon.")
    b.touchpoint(
        "Appointment SMS with a four-hour slot",
        "Sent on Monday evening, with a link to rearrange that needs her account password.",
        channel="sms",
        devices=["mobile"],
        owner="Field operations",
    )
    visit = b.touchpoint(
        "Engineer visit at home",
        "The engineer replaces a damaged fibre connector and runs a speed test with her.",
        channel="home-visit",
        devices=["in-person"],
        owner="Field operations",
        moment_of_truth=True,
    )
    b.device("in-person", "At home, with the engineer")
    b.thought("“Eight till twelve… there goes my morning.”")
    b.emotion(-1, "Anxious", "She watches the clock and cannot start anything that needs a call.")
    b.emotion(1, "Reassured", "The engineer explains what failed and leaves his number for the day.")
    b.pain(
        "Four-hour appointment window",
        "Half a working day lost for a visit that takes twenty-five minutes.",
        severity="high",
    )
    b.opportunity(
        "One-hour arrival window with live tracking",
        "Share the engineer’s position and a one-hour window on the morning of the visit.",
        priority="high",
        owner="Field operations",
    )
    b.metric("First-time fix rate", 81.0, "%", target=90.0, source="Field-service system")
    b.metric("Missed appointments", 4.2, "%", target=2.0, source="Field-service system")
    b.backstage(
        "Street cabinet repaired overnight",
        "The civil works team splices the cable on Tuesday night; 1,180 homes are back by 02:30.",
    )

    b.stage(
        "resolution",
        "Resolution",
        timeframe="Wednesday 11:30",
        description="Her connection is back and she is compensated without asking.",
    )
    b.action("Runs a speed test and gets back to work")
    credit = b.touchpoint(
        "Automatic compensation email",
        "A credit for the days without service, applied to her next bill.",
        channel="email",
        devices=["desktop"],
        owner="Billing",
    )
    b.device("desktop", "Work laptop, back online")
    b.thought("“900 Mbps again, and credited without asking.”")
    b.emotion(1, "Back in control", "The credit does not pay for the lost presentation, but she notices it.")
    b.pain(
        "The credit only shows on the next bill",
        "She cannot check the amount until the following month.",
        severity="low",
    )
    b.opportunity(
        "Show the credit in the app straight away",
        "A line in the billing screen with the amount and the reason.",
        priority="low",
        owner="Billing",
    )
    b.metric("Mean time to restore service", 49.0, "hours", target=24.0, source="Incident management system")

    b.stage(
        "follow-up",
        "Follow-up",
        timeframe="The following week",
        description="Brightwave asks how it went; Priya weighs up whether to stay.",
    )
    b.action("Answers the satisfaction survey", "Gives the call two out of five and leaves a comment.")
    survey = b.touchpoint(
        "CSAT survey by SMS",
        "Five questions about the phone call she made on Monday.",
        channel="sms",
        devices=["mobile"],
        owner="Customer experience",
    )
    b.touchpoint(
        "Upgrade offer in the app",
        "A faster plan at the same price, three weeks before her contract ends.",
        channel="app",
        devices=["mobile"],
        owner="Retention",
    )
    b.device("mobile", "Mobile, between meetings")
    switching = b.thought("“If it happens again, I’m switching.”")
    b.emotion(0, "Watchful", "Things work, but her trust has not fully come back.")
    b.pain(
        "The survey asks about the call, not the outage",
        "Nothing in it covers the two days without service or the engineer visit.",
        severity="medium",
    )
    b.opportunity(
        "Survey the whole incident once it is resolved",
        "One survey per incident, sent after the repair, covering every contact.",
        priority="medium",
        owner="Customer experience",
    )
    b.metric("CSAT (support contacts)", 3.4, "/ 5", target=4.2, source="Survey platform")
    b.metric("First-contact resolution", 62.0, "%", target=75.0, source="Call-centre software")
    b.metric(
        "NPS after an outage",
        -12.0,
        "points",
        target=10.0,
        source="Relationship survey",
        description="Customers surveyed within 30 days of an incident on their line.",
    )

    b.connect(light, status, "searches for an outage")
    b.connect(status, bot, "nothing reported")
    b.connect(bot, queue, "no way to reach an agent")
    b.connect(queue, test, "answered after 22 minutes")
    b.connect(test, visit, "engineer booked")
    b.connect(visit, credit, "case closed")
    b.connect(credit, survey, "survey two days later")
    b.connect(cut, proactive, "the alarm could trigger the SMS")
    b.connect(switching, freeze, "the next outage starts here")

    return Persona(
        id="p-homeworker",
        name="Priya Shah",
        role="Freelance UX designer · 31 · works from home",
        quote="If my connection drops, I can’t work. I just need to know when it will be back.",
        description=(
            "Lives in a flat in Leeds and works from home four days a week for clients across Europe. "
            "Has had a 900 Mbps fibre plan with Brightwave for two years. Prefers chat and apps to "
            "phone calls, and expects a company to know about a problem before she does."
        ),
        goals=[
            "Get back online before her afternoon client calls",
            "Know a realistic time for the repair",
            "Solve it without waiting on the phone",
        ],
        motivations=[
            "Her income depends on a reliable connection",
            "Being kept informed, even when the news is bad",
            "Self-service she can use from her phone",
        ],
        frustrations=[
            "Repeating the same checks to every channel",
            "Scripts that ignore what she has already tried",
            "Appointment windows that take half a working day",
        ],
        color="#76B7B2",
        avatar=IconAvatar(icon="person"),
        timeline=b.timeline(),
    )
