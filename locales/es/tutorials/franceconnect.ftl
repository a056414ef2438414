# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/franceconnect.ftl). Draft: to be reviewed by a native speaker.

franceconnect-title = Conectarse con FranceConnect

franceconnect-1-title = Una sola cuenta para muchos sitios
franceconnect-1-text =
    FranceConnect es un servicio del Estado francés.
    Le permite entrar en muchos sitios públicos.
    Usted usa una cuenta que ya tiene.
    Por ejemplo, su cuenta de impuestos o su cuenta ameli.
    Así no tiene que recordar una contraseña nueva.
franceconnect-1-image = Una llave.
franceconnect-1-tip = Una cuenta es su espacio personal en un sitio, protegido por una contraseña.

franceconnect-2-title = Encontrar el botón FranceConnect
franceconnect-2-text =
    Entre en el sitio del servicio público.
    Por ejemplo, el sitio de los impuestos o de France Travail.
    Busque el botón «S'identifier avec FranceConnect» (identificarse con FranceConnect).
    Toque este botón.
franceconnect-2-image =
    La página de conexión de un sitio público.
    El botón FranceConnect está rodeado con un círculo.
franceconnect-2-tip =
    Algunos sitios piden FranceConnect+, una versión más segura.
    Entonces hace falta France Identité o la Identité Numérique La Poste.

franceconnect-3-title = Elegir una cuenta que tiene
franceconnect-3-text =
    FranceConnect le muestra una lista de cuentas.
    Por ejemplo, los impuestos, ameli, France Identité o la Identité Numérique La Poste.
    Elija una cuenta de la que conoce la contraseña.
    Toque esa cuenta.
franceconnect-3-image = Una lista con marcas de visto bueno.
franceconnect-3-tip =
    Elija la misma cuenta cada vez.
    Es más fácil de recordar.

franceconnect-4-title = Escribir su identificador y su contraseña
franceconnect-4-text =
    Se abre el sitio de la cuenta elegida.
    Escriba su identificador («identifiant») y su contraseña.
    El identificador es el número o el nombre que le reconoce.
    El sitio también puede pedirle un código secreto recibido por correo electrónico.
    Toque el botón para conectarse.
franceconnect-4-image = Unas estrellas esconden una contraseña.
franceconnect-4-caution = No dé nunca su contraseña por teléfono, por mensaje ni por correo electrónico.

franceconnect-5-title = Probar con una cuenta falsa
franceconnect-5-text =
    Aquí, usted practica con una cuenta falsa.
    La pantalla le muestra un identificador falso y una contraseña falsa.
    Cópielos en las casillas.
    Toque el ojo para ver u ocultar la contraseña.
    La máquina no envía nada y no guarda nada.
franceconnect-5-image = Un ojo.

franceconnect-6-title = ¡Muy bien!
franceconnect-6-text =
    Después, usted vuelve al sitio del servicio público, que le reconoce.
    Puede hacer su trámite.
    Recuerde: el botón FranceConnect y después una cuenta que ya tiene.
    Para recibir ayuda, hay un número de teléfono y hay lugares.
franceconnect-6-image = Una mano con el pulgar hacia arriba.
franceconnect-6-tip = En una computadora compartida, cierre la sesión al final de su trámite.
franceconnect-6-caution = No pague nunca por usar FranceConnect.

franceconnect-road-phone =
    Por teléfono, llame a Solidarité Numérique al 01 70 772 372.
    Personas formadas le ayudan con sus trámites por internet.
    Está abierto de lunes a viernes, de las 9:00 a las 18:00.
franceconnect-road-in-person =
    En persona, un espacio France Services le ayuda a conectarse.
    Esta ayuda es gratis.
