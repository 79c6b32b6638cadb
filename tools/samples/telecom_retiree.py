"""Telecom support: George, a retired customer who loses his broadband and his home phone."""

from __future__ import annotations

from journeydesigner.model.persona import IconAvatar, Persona
from tools.samples.builder import TimelineBuilder


def retiree() -> Persona:
    """George Whitfield's outage: no dial tone, paper bill, phone menu, priority care, visit."""
    b = TimelineBuilder("retiree", "en")

    b.stage(
        "notice",
        "Notice the problem",
        timeframe="Monday 09:30",
        description="The television box and the home phone stop working at the same time.",
    )
    b.action(
        "Finds the TV box and home phone both dead",
        "His landline now runs over the broadband, so there is no dial tone either.",
    )
    dead_line = b.touchpoint(
        "Home phone with no dial tone",
        "The digital landline Brightwave installed last year needs the broadband to work.",
        channel="phone",
        devices=["in-person"],
        owner="Home devices team",
    )
    b.device("in-person", "At home, in the living room")
    b.thought("“Even the phone’s gone. What if I need the doctor?”")
    b.emotion(-2, "Worried", "He lives alone and counts on the landline in an emergency.")
    b.pain(
        "The digital landline fails with the broadband",
        "Customers moved to digital voice lose their phone in an outage; many were never told.",
        severity="high",
    )
    b.opportunity(
        "4G back-up for customers who rely on the landline",
        "A box that keeps the home phone working in a fault, free for customers with a health condition.",
        priority="high",
        owner="Home devices team",
    )
    b.metric(
        "Vulnerable customers in the affected area",
        96.0,
        "customers",
        source="CRM",
        description="Accounts flagged for priority care within the postcodes served by cabinet 14.",
    )

    b.stage(
        "look-for-help",
        "Look for help",
        timeframe="09:35–09:50",
        description="He looks for a number to call, with no internet to search.",
    )
    b.action(
        "Finds the number on a paper bill",
        "Calls from the basic mobile his daughter gave him for emergencies.",
    )
    bill = b.touchpoint(
        "Support number on the paper bill",
        "Printed on the back page, under a paragraph about the website and the app.",
        channel="post",
        devices=["in-person"],
        owner="Billing",
    )
    b.device("mobile", "Basic mobile phone")
    b.thought("“I’d rather speak to someone.”")
    b.emotion(-1, "Unsure", "He is not sure which number is the right one for a fault.")
    b.pain(
        "Letters send him to the website",
        "Every letter and bill points to online help, which he cannot reach right now.",
        severity="medium",
    )
    b.metric(
        "Customers over 70 who phone rather than chat",
        87.0,
        "%",
        source="CRM",
        title="Over-70s who phone rather than chat",
    )
    b.note(
        "One customer in nine is over 70",
        "They make a quarter of the calls about faults and almost none of the chats.",
    )

    b.stage(
        "contact",
        "Contact support",
        timeframe="09:50–10:10",
        description="He calls and has to find his way through the automated menu.",
    )
    b.action("Works through the phone menu", "Tries option 3, is sent back to the start, then tries 2.")
    ivr = b.touchpoint(
        "Automated phone menu",
        "Five options, then a recorded message suggesting the app or the website.",
        channel="phone",
        devices=["mobile"],
        owner="Contact centre",
    )
    b.device("mobile", "Basic mobile, on loudspeaker")
    b.thought("“Press 3? I don’t know which one I need.”")
    b.emotion(-2, "Lost", "After fourteen minutes he nearly hangs up and calls his daughter instead.")
    b.pain(
        "The menu suggests the app during an outage",
        "The recorded message does not know that the caller has no connection.",
        severity="high",
    )
    b.opportunity(
        "Route priority-care customers straight to a person",
        "Recognise the caller’s numbers on the account and skip the menu.",
        priority="high",
        owner="Contact centre",
    )
    b.metric("Callers who give up in the phone menu", 9.3, "%", target=4.0, source="Call-centre software")

    b.stage(
        "diagnosis",
        "Diagnosis",
        timeframe="10:10–10:30",
        description="An agent from the priority care team explains the fault and books a visit.",
    )
    b.action("Explains the problem to the agent", "Gives her his daughter’s number as a second contact.")
    agent = b.touchpoint(
        "Agent from the priority care team",
        "Explains the outage in plain words and registers him for priority repair.",
        channel="phone",
        devices=["mobile"],
        owner="Priority care team",
        moment_of_truth=True,
    )
    b.device("mobile", "Basic mobile, on loudspeaker")
    b.thought("“She spoke slowly and wrote down my daughter’s number.”")
    b.emotion(1, "Reassured", "He knows what has happened and that someone will come.")
    b.metric(
        "Average handle time (priority care)",
        16.2,
        "min",
        source="Call-centre software",
        description="Longer by design: the team is measured on resolution and follow-up, not speed.",
    )
    b.backstage(
        "Priority flag and second contact added to the account",
        "Field operations and the care team both see the flag on their next contact.",
    )

    b.stage(
        "technician-visit",
        "Technician visit",
        timeframe="Tuesday 14:00",
        description="An engineer visits the day after, ahead of the standard appointments.",
    )
    b.action("Waits in and makes the engineer a cup of tea")
    call_ahead = b.touchpoint(
        "Call from the engineer before arriving",
        "Thirty minutes’ notice, to the mobile number the agent wrote down.",
        channel="phone",
        devices=["mobile"],
        owner="Field operations",
    )
    b.touchpoint(
        "Engineer visit at home",
        "Fits a 4G back-up box that keeps his phone and tablet working until the cable is repaired.",
        channel="home-visit",
        devices=["in-person"],
        owner="Field operations",
        moment_of_truth=True,
    )
    b.device("tablet", "Tablet, set up again by the engineer")
    b.thought("“He even got my video calls working.”")
    b.emotion(
        2,
        "Grateful",
        "The engineer tests a video call with his granddaughter over the back-up before leaving.",
    )
    b.opportunity(
        "Five-minute digital help check on every visit",
        "Engineers ask whether the customer needs help with any device before they leave.",
        priority="medium",
        owner="Field operations",
    )
    b.metric("Priority repairs within 24 hours", 72.0, "%", target=95.0, source="Field-service system")

    b.stage(
        "resolution",
        "Resolution",
        timeframe="Wednesday morning",
        description="The street cable is repaired overnight and the fibre service comes back.",
    )
    b.action("Calls his daughter over video", "Now over the fibre again, from the kitchen table.")
    b.touchpoint(
        "Letter confirming the repair and the credit",
        "Explains the fault, the credit on his next bill and what the back-up box is for.",
        channel="post",
        devices=["in-person"],
        owner="Billing",
    )
    b.device("tablet", "Tablet, in the kitchen")
    b.thought("“Good. I’ll keep the little box, just in case.”")
    b.emotion(1, "Relieved", "Everything is back to normal two days after the fault.")
    b.pain(
        "The letter arrives a week later",
        "By then he has forgotten what the credit was for and calls to ask.",
        severity="low",
    )

    b.stage(
        "follow-up",
        "Follow-up",
        timeframe="Two days later",
        description="The care team checks in by phone; the survey goes unanswered.",
    )
    b.action(
        "Takes a courtesy call from the care team", "Tells them the back-up box gives him peace of mind."
    )
    courtesy = b.touchpoint(
        "Courtesy call two days after the repair",
        "The same agent checks that everything works and asks if he needs anything else.",
        channel="phone",
        devices=["mobile"],
        owner="Priority care team",
    )
    b.touchpoint(
        "Survey by SMS that he never opens",
        "A link to an online form, sent to the basic mobile.",
        channel="sms",
        devices=["mobile"],
        owner="Customer experience",
    )
    b.device("mobile", "Basic mobile")
    b.thought("“It was kind of them to check on me.”")
    b.emotion(1, "Looked after", "He tells his neighbour that Brightwave sorted everything out.")
    b.pain(
        "SMS surveys miss customers like him",
        "Priority-care customers answer one survey in twenty-five.",
        severity="medium",
    )
    b.opportunity(
        "Ask the survey questions during the courtesy call",
        "Two questions, recorded by the agent, with the customer’s permission.",
        priority="low",
        owner="Customer experience",
    )
    b.metric("CSAT (priority care)", 4.5, "/ 5", target=4.5, source="Survey platform")

    b.connect(dead_line, bill, "calls from his mobile")
    b.connect(bill, ivr, "dials the support number")
    b.connect(ivr, agent, "put through after 14 minutes")
    b.connect(agent, call_ahead, "engineer told to call ahead")
    b.connect(call_ahead, courtesy, "the same team follows up")

    return Persona(
        id="p-retiree",
        name="George Whitfield",
        role="Retired teacher · 74 · lives alone",
        quote="I’d rather talk to a person who can tell me what’s going on.",
        description=(
            "Lives on his own in a terraced house in Harrogate. Has had a phone and broadband bundle "
            "with Brightwave for twelve years; uses a tablet for video calls with his grandchildren "
            "and to order his prescriptions. Calls rather than clicks, and keeps every bill in a folder."
        ),
        goals=[
            "Have a working phone at home at all times",
            "Understand what has gone wrong and what will happen next",
            "Keep his video calls with the family",
        ],
        motivations=[
            "Feeling safe living on his own",
            "Dealing with a person who has time for him",
            "Not having to bother his daughter",
        ],
        frustrations=[
            "Automated menus and recorded messages",
            "Being told to “go online” when his internet is down",
            "Technical words nobody explains",
        ],
        color="#B07AA1",
        avatar=IconAvatar(icon="person"),
        timeline=b.timeline(),
    )
