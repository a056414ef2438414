# Tutorial: make a video call with your family. Plain English: one sentence per line.

video-call-title = Make a video call with your family

video-call-1-title = Open the app
video-call-1-text =
    In a video call, you see the person while you talk.
    On your phone, open a video call app.
    An app is a program on your phone.
    Choose an app that your family also uses, for example WhatsApp.
    Tap its picture to open it.
video-call-1-image = Four squares, like the apps on a phone.
video-call-1-caution = Use Wi-Fi if you can, because a video call uses a lot of internet data.

video-call-2-title = Choose the person
video-call-2-text =
    Look for the list of your contacts.
    Your contacts are the people whose number is in your phone.
    Tap the name of the person you want to call.
video-call-2-image = An address book.
video-call-2-tip = You can also search for their name with the magnifying glass.

video-call-3-title = Start the video call
video-call-3-text =
    Look for the button with a small camera.
    Tap this button.
    The phone calls the person.
    Wait for them to answer.
video-call-3-image =
    A phone shows a person and two buttons.
    The button with a small camera is circled.
video-call-3-tip = The button shaped like a phone makes a call without pictures.

video-call-4-title = Get in a good position
video-call-4-text =
    Hold the phone in front of your face.
    Your picture appears in a small frame.
    Face the light, for example a window.
    With your back to the window, your face is hard to see.
    Speak normally, because the phone hears you.
video-call-4-image = A camera with a smiling face.
video-call-4-tip = Lean the phone against an object to rest your arm.

video-call-5-title = Hang up
video-call-5-text =
    To end the call, look for the red button.
    Tap the red button.
    The call is over.
video-call-5-image = A phone with a cross.
video-call-5-tip = When your family calls you, tap or slide the green button to answer.

video-call-6-title = Well done!
video-call-6-text =
    You can make a video call.
    Open the app, then choose the person.
    Tap the camera to call.
    The red button ends the call.
    You can see your loved ones, even when they are far away.
video-call-6-image = A group of people.
