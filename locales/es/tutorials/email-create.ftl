# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/email-create.ftl). Draft: to be reviewed by a native speaker.

email-create-title = Crear una dirección de correo electrónico

email-create-1-title = Elegir un servicio de correo
email-create-1-text =
    Una dirección de correo sirve para recibir y enviar mensajes por internet.
    Servicios como Gmail, Outlook o laposte.net dan direcciones de correo gratis.
    Elija solo uno de estos servicios.
    Entre en su sitio de internet.
email-create-1-image = Un buzón.
email-create-1-caution =
    Crear una dirección en estos servicios es gratis.
    No pague nada por eso.

email-create-2-title = Empezar a crear la cuenta
email-create-2-text =
    En el sitio, toque el botón «Créer un compte» (crear una cuenta).
    El nombre del botón puede cambiar un poco según el sitio.
    El sitio le hace preguntas, una por una.
    Por ejemplo: su nombre, sus apellidos y su fecha de nacimiento.
email-create-2-image = Una persona con un signo más.
email-create-2-tip =
    Tenga su teléfono cerca.
    El sitio puede enviarle un código.

email-create-3-title = Entender una dirección de correo
email-create-3-text =
    Una dirección de correo se escribe toda junta, sin espacios.
    Siempre tiene el signo @, que se llama «arroba» (en francés, «arobase»).
    Después de la @, está el nombre del servicio, por ejemplo gmail.com.
email-create-3-image = El signo arroba: @.

email-create-3b-title = Elegir su dirección
email-create-3b-text =
    Antes de la @, escriba por ejemplo su nombre, un punto y su apellido.
    Escriba sin tildes: «e» en lugar de «é», «n» en lugar de «ñ».
    Elija una dirección seria, para la Caf (ayudas familiares) o para un empleador.
    Para practicar, escriba aquí una dirección.
email-create-3b-image = Un teclado con letras.
email-create-3b-tip = Si otra persona ya tiene esa dirección, añada un número al final de su apellido.

email-create-4-title = Elegir una contraseña
email-create-4-text =
    El sitio le pide una contraseña.
    Es su código secreto para abrir su correo.
    Elija una contraseña de 12 letras, números o signos como mínimo.
    Una frase corta y fácil de recordar es una buena idea.
    Escríbala en un papel y guarde ese papel en su casa.
email-create-4-image = Unas estrellas esconden una contraseña.
email-create-4-caution = No dé nunca esta contraseña a nadie.

email-create-5-title = Dar un número de teléfono para recuperar la cuenta
email-create-5-text =
    El sitio suele pedirle un número de teléfono.
    Este número le ayuda si olvida su contraseña.
    Entonces el sitio envía un código por SMS, un mensaje escrito en el teléfono.
    Dé el número de su propio teléfono.
email-create-5-image = Un teléfono que recibe un mensaje.
email-create-5-tip = Si cambia de número, cámbielo también en su cuenta de correo.

email-create-6-title = ¡Muy bien!
email-create-6-text =
    Ya sabe crear una dirección de correo, paso a paso.
    Sabe elegir un servicio gratis, una dirección y una contraseña.
    Apunte su dirección de correo en un papel para darla fácilmente.
email-create-6-image = Una mano con el pulgar hacia arriba.
email-create-6-caution =
    Abra su correo a menudo.
    Si no, el servicio puede borrar sus mensajes y después cerrar su dirección.
    En laposte.net, los mensajes pueden borrarse después de 4 meses sin visitas.
